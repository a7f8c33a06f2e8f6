using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The venue directory and an event's optional venue. The column's foreign key follows in a migration of its own
    /// (<see cref="VenueDirectoryEventVenueKey"/>): SQLite rebuilds the table for it, which cannot run in a transaction.
    /// </summary>
    public partial class VenueDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "VenueId",
                table: "ProgrammeEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Venues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AccessibilityNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Venues", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEvents_VenueId",
                table: "ProgrammeEvents",
                column: "VenueId");

            migrationBuilder.CreateIndex(
                name: "IX_Venues_RetiredAt_Name",
                table: "Venues",
                columns: new[] { "RetiredAt", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Venues");

            migrationBuilder.DropIndex(
                name: "IX_ProgrammeEvents_VenueId",
                table: "ProgrammeEvents");

            migrationBuilder.DropColumn(
                name: "VenueId",
                table: "ProgrammeEvents");
        }
    }
}
