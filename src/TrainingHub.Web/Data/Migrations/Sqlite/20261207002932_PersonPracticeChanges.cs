using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonPracticeChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonPracticeChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromPracticeId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToPracticeId = table.Column<int>(type: "INTEGER", nullable: true),
                    FromRole = table.Column<int>(type: "INTEGER", nullable: true),
                    ToRole = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonPracticeChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonPracticeChanges_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonPracticeChanges_Practices_FromPracticeId",
                        column: x => x.FromPracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonPracticeChanges_Practices_ToPracticeId",
                        column: x => x.ToPracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonPracticeChanges_FromPracticeId",
                table: "PersonPracticeChanges",
                column: "FromPracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPracticeChanges_PersonId_At",
                table: "PersonPracticeChanges",
                columns: new[] { "PersonId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonPracticeChanges_ToPracticeId",
                table: "PersonPracticeChanges",
                column: "ToPracticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonPracticeChanges");
        }
    }
}
