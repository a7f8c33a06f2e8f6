using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PracticeIcbAndLeavingTheProgramme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IcbCode",
                table: "Practices",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftProgrammeOn",
                table: "Practices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practices_IcbCode",
                table: "Practices",
                column: "IcbCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Practices_IcbCode",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "IcbCode",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "LeftProgrammeOn",
                table: "Practices");
        }
    }
}
