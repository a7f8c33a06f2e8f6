using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// An event's venue must be one in the directory. SQLite rebuilds the events table to add the key, with foreign keys
    /// off, which cannot run in a transaction, so (as EF advises) this is the migration's only operation.
    /// </summary>
    public partial class VenueDirectoryEventVenueKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_ProgrammeEvents_Venues_VenueId",
                table: "ProgrammeEvents",
                column: "VenueId",
                principalTable: "Venues",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProgrammeEvents_Venues_VenueId",
                table: "ProgrammeEvents");
        }
    }
}
