using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Events made before the setting open check-in as they always did: 30 minutes before each session.
            migrationBuilder.Sql("UPDATE \"ProgrammeEvents\" SET \"CheckInOpensMinutesBefore\" = 30;");
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
