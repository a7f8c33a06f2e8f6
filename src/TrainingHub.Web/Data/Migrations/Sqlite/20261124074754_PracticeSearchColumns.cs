using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PracticeSearchColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite cannot add a stored generated column to a table: the table is rebuilt to make these stored in
            // PracticeSearchNameStored and PracticeSearchPostcodeStored, each alone because a rebuild runs outside a transaction.
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Practices",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchPostcode",
                table: "Practices",
                type: "TEXT",
                maxLength: 10,
                nullable: true);
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
