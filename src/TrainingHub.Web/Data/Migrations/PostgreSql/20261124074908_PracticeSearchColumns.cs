using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PracticeSearchColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Practices",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                computedColumnSql: "upper(\"Name\")",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchPostcode",
                table: "Practices",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                computedColumnSql: "upper(replace(\"Postcode\", ' ', ''))",
                stored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "SearchPostcode",
                table: "Practices");
        }
    }
}
