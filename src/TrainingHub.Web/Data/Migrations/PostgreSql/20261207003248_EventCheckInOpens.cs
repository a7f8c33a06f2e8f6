using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EventCheckInOpens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CheckInOpensMinutesBefore",
                table: "ProgrammeEvents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Events made before the setting open check-in as they always did: 30 minutes before each session.
            migrationBuilder.Sql("UPDATE \"ProgrammeEvents\" SET \"CheckInOpensMinutesBefore\" = 30;");
            // The model has no column default; the one AddColumn needed to fill existing rows goes.
            migrationBuilder.Sql("ALTER TABLE \"ProgrammeEvents\" ALTER COLUMN \"CheckInOpensMinutesBefore\" DROP DEFAULT;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckInOpensMinutesBefore",
                table: "ProgrammeEvents");
        }
    }
}
