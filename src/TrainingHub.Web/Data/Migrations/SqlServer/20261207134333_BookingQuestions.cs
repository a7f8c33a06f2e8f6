using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingHub.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BookingQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AsksAccessNeeds",
                table: "EventTypes",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AsksDietaryNeeds",
                table: "EventTypes",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AsksJobRole",
                table: "EventTypes",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // The model has no column default; the one AddColumn needed to fill existing rows goes (with its named constraint).
            migrationBuilder.AlterColumn<bool>(name: "AsksAccessNeeds", table: "EventTypes", type: "bit", nullable: false,
                oldClrType: typeof(bool), oldType: "bit", oldDefaultValue: false);
            migrationBuilder.AlterColumn<bool>(name: "AsksDietaryNeeds", table: "EventTypes", type: "bit", nullable: false,
                oldClrType: typeof(bool), oldType: "bit", oldDefaultValue: false);
            migrationBuilder.AlterColumn<bool>(name: "AsksJobRole", table: "EventTypes", type: "bit", nullable: false,
                oldClrType: typeof(bool), oldType: "bit", oldDefaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AccessNeeds",
                table: "Bookings",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConfirmedJobRole",
                table: "Bookings",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DietaryNeeds",
                table: "Bookings",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 2,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 3,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 4,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 5,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 6,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 7,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 8,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 9,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 10,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 11,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 12,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 13,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });

            migrationBuilder.UpdateData(
                table: "EventTypes",
                keyColumn: "Id",
                keyValue: 14,
                columns: new[] { "AsksAccessNeeds", "AsksDietaryNeeds", "AsksJobRole" },
                values: new object[] { false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AsksAccessNeeds",
                table: "EventTypes");

            migrationBuilder.DropColumn(
                name: "AsksDietaryNeeds",
                table: "EventTypes");

            migrationBuilder.DropColumn(
                name: "AsksJobRole",
                table: "EventTypes");

            migrationBuilder.DropColumn(
                name: "AccessNeeds",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "ConfirmedJobRole",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "DietaryNeeds",
                table: "Bookings");
        }
    }
}
