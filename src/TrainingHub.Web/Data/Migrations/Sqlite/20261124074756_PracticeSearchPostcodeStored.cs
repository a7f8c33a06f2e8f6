using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Makes the search postcode column stored. SQLite rebuilds the table for it with foreign keys off, which cannot run in a transaction,
    /// so (as EF advises) this is the migration's only operation: a failure leaves no migration half applied.
    /// </summary>
    public partial class PracticeSearchPostcodeStored : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
            migrationBuilder.AlterColumn<string>(
                name: "SearchPostcode",
                table: "Practices",
                type: "TEXT",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 10,
                oldNullable: true,
                oldComputedColumnSql: "upper(replace(\"Postcode\", ' ', ''))",
                oldStored: true);
        }
    }
}
