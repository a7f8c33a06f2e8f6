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
            // SQLite cannot add a stored generated column to a table; altering one into it makes EF rebuild the table.
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

            migrationBuilder.AlterColumn<string>(
                name: "SearchName",
                table: "Practices",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                computedColumnSql: "upper(\"Name\")",
                stored: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "SearchPostcode",
                table: "Practices",
                type: "TEXT",
                maxLength: 10,
                nullable: true,
                computedColumnSql: "upper(replace(\"Postcode\", ' ', ''))",
                stored: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 10,
                oldNullable: true);
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
