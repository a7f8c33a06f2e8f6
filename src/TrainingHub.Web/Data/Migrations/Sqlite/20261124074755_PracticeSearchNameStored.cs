using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Makes the search name column stored. SQLite rebuilds the table for it with foreign keys off, which cannot run in a transaction,
    /// so (as EF advises) this is the migration's only operation: a failure leaves no migration half applied.
    /// </summary>
    public partial class PracticeSearchNameStored : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SearchName",
                table: "Practices",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: false,
                oldComputedColumnSql: "upper(\"Name\")",
                oldStored: true);
        }
    }
}
