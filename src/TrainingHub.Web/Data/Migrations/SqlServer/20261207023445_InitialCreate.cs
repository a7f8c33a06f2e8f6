using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TrainingHub.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Latin1_General_100_BIN2"),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoverageTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Percent = table.Column<int>(type: "int", nullable: false),
                    UpdatedById = table.Column<int>(type: "int", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageTargets", x => x.Id);
                    table.CheckConstraint("CK_CoverageTargets_Percent", "\"Percent\" BETWEEN 1 AND 100");
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false, collation: "Latin1_General_100_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    DefaultDays = table.Column<int>(type: "int", nullable: false),
                    DefaultStartTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    DefaultEndTime = table.Column<TimeOnly>(type: "time", nullable: false),
                    DefaultCapacity = table.Column<int>(type: "int", nullable: false),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    RequiredAccreditation = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    CountsTowardsPracticeTrained = table.Column<bool>(type: "bit", nullable: false),
                    AccreditationYears = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntegratedCareSystems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegratedCareSystems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    PlaceId = table.Column<int>(type: "int", nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ActorPersonId = table.Column<int>(type: "int", nullable: false),
                    ByDirectory = table.Column<bool>(type: "bit", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTypeFeedbackSettings",
                columns: table => new
                {
                    EventTypeId = table.Column<int>(type: "int", nullable: false),
                    AskUnderstanding = table.Column<bool>(type: "bit", nullable: false),
                    AskConfidence = table.Column<bool>(type: "bit", nullable: false),
                    AskTrainingNeeds = table.Column<bool>(type: "bit", nullable: false),
                    Anonymous = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTypeFeedbackSettings", x => x.EventTypeId);
                    table.ForeignKey(
                        name: "FK_EventTypeFeedbackSettings_EventTypes_EventTypeId",
                        column: x => x.EventTypeId,
                        principalTable: "EventTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Places",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IntegratedCareSystemId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CommissionerCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false, collation: "Latin1_General_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Places", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Places_IntegratedCareSystems_IntegratedCareSystemId",
                        column: x => x.IntegratedCareSystemId,
                        principalTable: "IntegratedCareSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoverageSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlaceId = table.Column<int>(type: "int", nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ActivePractices = table.Column<int>(type: "int", nullable: false),
                    Engaged = table.Column<int>(type: "int", nullable: false),
                    Trained = table.Column<int>(type: "int", nullable: false),
                    CliniciansTrained = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverageSnapshots_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrimaryCareNetworks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlaceId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrimaryCareNetworks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrimaryCareNetworks_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventTypeId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PlaceId = table.Column<int>(type: "int", nullable: true),
                    IsOnline = table.Column<bool>(type: "bit", nullable: false),
                    VenueName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VenueAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    AccessibilityNotes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    JoiningLink = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    BookingOpensAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BookingClosesAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancellationCutOffHours = table.Column<int>(type: "int", nullable: false),
                    OfferWindowHours = table.Column<int>(type: "int", nullable: false),
                    PromoteImmediately = table.Column<bool>(type: "bit", nullable: false),
                    CheckInOpensMinutesBefore = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CancellationReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeEvents_EventTypes_EventTypeId",
                        column: x => x.EventTypeId,
                        principalTable: "EventTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeEvents_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OdsCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false, collation: "Latin1_General_100_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AddressLine1 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AddressLine2 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AddressLine3 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AddressLine4 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AddressLine5 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    SearchName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, computedColumnSql: "UPPER([Name])", stored: true),
                    SearchPostcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true, computedColumnSql: "CAST(UPPER(REPLACE([Postcode], N' ', N'')) AS nvarchar(10))", stored: true),
                    Telephone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommissionerCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    IcbCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    LeftProgrammeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlaceId = table.Column<int>(type: "int", nullable: false),
                    PrimaryCareNetworkId = table.Column<int>(type: "int", nullable: true),
                    ConditionsInScope = table.Column<int>(type: "int", nullable: false),
                    EnhancedServiceLevel = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Practices_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Practices_PrimaryCareNetworks_PrimaryCareNetworkId",
                        column: x => x.PrimaryCareNetworkId,
                        principalTable: "PrimaryCareNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "EventSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgrammeEventId = table.Column<int>(type: "int", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventSessions_ProgrammeEvents_ProgrammeEventId",
                        column: x => x.ProgrammeEventId,
                        principalTable: "ProgrammeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GivenName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    WorkEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false, collation: "Latin1_General_100_BIN2"),
                    ProfessionalRole = table.Column<int>(type: "int", nullable: false),
                    PracticeId = table.Column<int>(type: "int", nullable: true),
                    Organisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeJourneys",
                columns: table => new
                {
                    PracticeId = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeJourneys", x => x.PracticeId);
                    table.ForeignKey(
                        name: "FK_PracticeJourneys_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionCheckInCodes",
                columns: table => new
                {
                    EventSessionId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false, collation: "Latin1_General_100_BIN2"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionCheckInCodes", x => x.EventSessionId);
                    table.ForeignKey(
                        name: "FK_SessionCheckInCodes_EventSessions_EventSessionId",
                        column: x => x.EventSessionId,
                        principalTable: "EventSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Latin1_General_100_BIN2"),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgrammeEventId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: true),
                    PracticeId = table.Column<int>(type: "int", nullable: true),
                    ProfessionalRole = table.Column<int>(type: "int", nullable: true),
                    State = table.Column<int>(type: "int", nullable: false),
                    WaitingPosition = table.Column<int>(type: "int", nullable: true),
                    OfferedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OfferExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BookedById = table.Column<int>(type: "int", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledById = table.Column<int>(type: "int", nullable: true),
                    CancellationReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    IsLateCancellation = table.Column<bool>(type: "bit", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bookings_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_ProgrammeEvents_ProgrammeEventId",
                        column: x => x.ProgrammeEventId,
                        principalTable: "ProgrammeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Token = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgrammeEventId = table.Column<int>(type: "int", nullable: false),
                    ChangedById = table.Column<int>(type: "int", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventChanges_People_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventChanges_ProgrammeEvents_ProgrammeEventId",
                        column: x => x.ProgrammeEventId,
                        principalTable: "ProgrammeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTrainers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgrammeEventId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTrainers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTrainers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventTrainers_ProgrammeEvents_ProgrammeEventId",
                        column: x => x.ProgrammeEventId,
                        principalTable: "ProgrammeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FacilitatorAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FacilitatorId = table.Column<int>(type: "int", nullable: false),
                    PracticeId = table.Column<int>(type: "int", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AssignedById = table.Column<int>(type: "int", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacilitatorAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FacilitatorAssignments_People_AssignedById",
                        column: x => x.AssignedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FacilitatorAssignments_People_FacilitatorId",
                        column: x => x.FacilitatorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FacilitatorAssignments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FidelityReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PracticeId = table.Column<int>(type: "int", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NextReviewDue = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    StartedById = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedById = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FidelityReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FidelityReviews_People_StartedById",
                        column: x => x.StartedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FidelityReviews_People_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FidelityReviews_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MessagePreferences",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    OptedOutOfNonEssential = table.Column<bool>(type: "bit", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessagePreferences", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_MessagePreferences_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false, collation: "Latin1_General_100_BIN2"),
                    Subject = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Latin1_General_100_BIN2"),
                    RecipientPersonId = table.Column<int>(type: "int", nullable: false),
                    Occurrence = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false, collation: "Latin1_General_100_BIN2"),
                    ValuesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SmtpReply = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RenderedSubject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    RenderedText = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RenderedHtml = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_People_RecipientPersonId",
                        column: x => x.RecipientPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonalDataRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    ActedByPersonId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalDataRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalDataRequests_People_ActedByPersonId",
                        column: x => x.ActedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonalDataRequests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonPracticeChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    FromPracticeId = table.Column<int>(type: "int", nullable: true),
                    ToPracticeId = table.Column<int>(type: "int", nullable: true),
                    FromRole = table.Column<int>(type: "int", nullable: true),
                    ToRole = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ByPersonId = table.Column<int>(type: "int", nullable: true),
                    Source = table.Column<int>(type: "int", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "PracticeJourneyChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PracticeId = table.Column<int>(type: "int", nullable: false),
                    Aspect = table.Column<int>(type: "int", nullable: false),
                    FromValue = table.Column<int>(type: "int", nullable: false),
                    ToValue = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedById = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeJourneyChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeJourneyChanges_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeJourneyChanges_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PracticeId = table.Column<int>(type: "int", nullable: false),
                    FacilitatorId = table.Column<int>(type: "int", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Mode = table.Column<int>(type: "int", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false),
                    Purpose = table.Column<int>(type: "int", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeVisits_People_FacilitatorId",
                        column: x => x.FacilitatorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeVisits_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QaObservations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ObservedPersonId = table.Column<int>(type: "int", nullable: false),
                    AssessorPersonId = table.Column<int>(type: "int", nullable: false),
                    ProgrammeEventId = table.Column<int>(type: "int", nullable: false),
                    AccreditationSlug = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    DevelopmentActions = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QaObservations", x => x.Id);
                    table.CheckConstraint("CK_QaObservations_NotSelf", "\"ObservedPersonId\" <> \"AssessorPersonId\"");
                    table.ForeignKey(
                        name: "FK_QaObservations_People_AssessorPersonId",
                        column: x => x.AssessorPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QaObservations_People_ObservedPersonId",
                        column: x => x.ObservedPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QaObservations_ProgrammeEvents_ProgrammeEventId",
                        column: x => x.ProgrammeEventId,
                        principalTable: "ProgrammeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false, collation: "Latin1_General_100_BIN2"),
                    PlaceId = table.Column<int>(type: "int", nullable: true),
                    ScopeKey = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, collation: "Latin1_General_100_BIN2"),
                    GrantedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GrantedByPersonId = table.Column<int>(type: "int", nullable: false),
                    ByDirectory = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleGrants_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleGrants_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SelfAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IntegratedCareSystemId = table.Column<int>(type: "int", nullable: false),
                    PlaceId = table.Column<int>(type: "int", nullable: true),
                    PrimaryCareNetworkId = table.Column<int>(type: "int", nullable: true),
                    AreaKey = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, collation: "Latin1_General_100_BIN2"),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    StartedFromId = table.Column<int>(type: "int", nullable: true),
                    CreatedByPersonId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedByPersonId = table.Column<int>(type: "int", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_IntegratedCareSystems_IntegratedCareSystemId",
                        column: x => x.IntegratedCareSystemId,
                        principalTable: "IntegratedCareSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_People_CreatedByPersonId",
                        column: x => x.CreatedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_People_SubmittedByPersonId",
                        column: x => x.SubmittedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_PrimaryCareNetworks_PrimaryCareNetworkId",
                        column: x => x.PrimaryCareNetworkId,
                        principalTable: "PrimaryCareNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_SelfAssessments_StartedFromId",
                        column: x => x.StartedFromId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TrainerAccreditations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    AccreditationSlug = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false, collation: "Latin1_General_100_BIN2"),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    CanAssess = table.Column<bool>(type: "bit", nullable: false),
                    LastObservationId = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainerAccreditations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainerAccreditations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainerDiaries",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainerDiaries", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_TrainerDiaries_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainerRecordNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrainerPersonId = table.Column<int>(type: "int", nullable: false),
                    AuthorPersonId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainerRecordNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainerRecordNotes_People_AuthorPersonId",
                        column: x => x.AuthorPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainerRecordNotes_People_TrainerPersonId",
                        column: x => x.TrainerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BookingTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BookingId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<int>(type: "int", nullable: false),
                    To = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ById = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingTransitions_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BookingId = table.Column<int>(type: "int", nullable: false),
                    ProgrammeEventId = table.Column<int>(type: "int", nullable: false),
                    OverallRating = table.Column<int>(type: "int", nullable: false),
                    BetterUnderstanding = table.Column<int>(type: "int", nullable: true),
                    ConfidenceBefore = table.Column<int>(type: "int", nullable: true),
                    ConfidenceAfter = table.Column<int>(type: "int", nullable: true),
                    MostUseful = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ToImprove = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    TrainingNeeds = table.Column<int>(type: "int", nullable: true),
                    OtherNeed = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    MayQuote = table.Column<bool>(type: "bit", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackResponses_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackResponses_ProgrammeEvents_ProgrammeEventId",
                        column: x => x.ProgrammeEventId,
                        principalTable: "ProgrammeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionAttendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BookingId = table.Column<int>(type: "int", nullable: false),
                    EventSessionId = table.Column<int>(type: "int", nullable: false),
                    Present = table.Column<bool>(type: "bit", nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    MarkedById = table.Column<int>(type: "int", nullable: true),
                    SelfCheckedIn = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionAttendance_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionAttendance_EventSessions_EventSessionId",
                        column: x => x.EventSessionId,
                        principalTable: "EventSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FidelityElementRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FidelityReviewId = table.Column<int>(type: "int", nullable: false),
                    Element = table.Column<int>(type: "int", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: true),
                    Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FidelityElementRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FidelityElementRatings_FidelityReviews_FidelityReviewId",
                        column: x => x.FidelityReviewId,
                        principalTable: "FidelityReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PracticeId = table.Column<int>(type: "int", nullable: false),
                    PracticeVisitId = table.Column<int>(type: "int", nullable: true),
                    FidelityReviewId = table.Column<int>(type: "int", nullable: true),
                    Area = table.Column<int>(type: "int", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedById = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitActions", x => x.Id);
                    table.CheckConstraint("CK_VisitActions_OneSource", "([PracticeVisitId] IS NULL AND [FidelityReviewId] IS NOT NULL) OR ([PracticeVisitId] IS NOT NULL AND [FidelityReviewId] IS NULL)");
                    table.ForeignKey(
                        name: "FK_VisitActions_FidelityReviews_FidelityReviewId",
                        column: x => x.FidelityReviewId,
                        principalTable: "FidelityReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VisitActions_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitActions_PracticeVisits_PracticeVisitId",
                        column: x => x.PracticeVisitId,
                        principalTable: "PracticeVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VisitActions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QaCriterionRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    QaObservationId = table.Column<long>(type: "bigint", nullable: false),
                    Criterion = table.Column<int>(type: "int", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QaCriterionRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QaCriterionRatings_QaObservations_QaObservationId",
                        column: x => x.QaObservationId,
                        principalTable: "QaObservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfAssessmentRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SelfAssessmentId = table.Column<int>(type: "int", nullable: false),
                    EnablerKey = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false, collation: "Latin1_General_100_BIN2"),
                    Level = table.Column<int>(type: "int", nullable: true),
                    Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessmentRatings", x => x.Id);
                    table.CheckConstraint("CK_SelfAssessmentRatings_Level", "\"Level\" IS NULL OR \"Level\" BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "FK_SelfAssessmentRatings_SelfAssessments_SelfAssessmentId",
                        column: x => x.SelfAssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfAssessmentActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SelfAssessmentRatingId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessmentActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfAssessmentActions_SelfAssessmentRatings_SelfAssessmentRatingId",
                        column: x => x.SelfAssessmentRatingId,
                        principalTable: "SelfAssessmentRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "Facilitator", "Facilitator", "Facilitator", "FACILITATOR" },
                    { "ProgrammeLead", "ProgrammeLead", "ProgrammeLead", "PROGRAMMELEAD" },
                    { "Trainer", "Trainer", "Trainer", "TRAINER" }
                });

            migrationBuilder.InsertData(
                table: "CoverageTargets",
                columns: new[] { "Id", "Percent", "UpdatedAt", "UpdatedById" },
                values: new object[] { 1, 95, null, null });

            migrationBuilder.InsertData(
                table: "EventTypes",
                columns: new[] { "Id", "AccreditationYears", "Audience", "CountsTowardsPracticeTrained", "DefaultCapacity", "DefaultDays", "DefaultEndTime", "DefaultStartTime", "Name", "RequiredAccreditation", "Slug" },
                values: new object[,]
                {
                    { 1, 2, 0, false, 40, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "YOC engagement (taster) session", "yoc-training-course", "engagement-session" },
                    { 2, 2, 0, true, 24, 1, new TimeOnly(16, 30, 0), new TimeOnly(9, 0, 0), "YOC training course", "yoc-training-course", "yoc-training-course" },
                    { 3, 2, 0, true, 20, 1, new TimeOnly(13, 0, 0), new TimeOnly(9, 0, 0), "Shortened YOC course for staff new to PCSP practices", "yoc-training-course", "shortened-yoc-course" },
                    { 4, 2, 1, true, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Whole practice team workshop", "yoc-training-course", "whole-practice-team-workshop" },
                    { 5, 2, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(9, 0, 0), "Moving On workshop: multiple long-term conditions", "yoc-training-course", "moving-on-workshop" },
                    { 6, 2, 2, false, 12, 3, new TimeOnly(17, 0, 0), new TimeOnly(9, 0, 0), "Train the Trainer programme", "train-the-trainer", "train-the-trainer" },
                    { 7, 2, 3, false, 12, 2, new TimeOnly(17, 0, 0), new TimeOnly(9, 0, 0), "Facilitator course", "facilitator-course", "facilitator-course" },
                    { 8, 2, 2, false, 30, 1, new TimeOnly(12, 0, 0), new TimeOnly(10, 0, 0), "Trainer meeting", null, "trainer-meeting" },
                    { 9, 2, 3, false, 30, 1, new TimeOnly(12, 0, 0), new TimeOnly(10, 0, 0), "Facilitator meeting", null, "facilitator-meeting" },
                    { 10, 2, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: low mood and psychological issues", "yoc-training-course", "topic-low-mood" },
                    { 11, 2, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: dementia", "yoc-training-course", "topic-dementia" },
                    { 12, 2, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: musculoskeletal (MSK) conditions", "yoc-training-course", "topic-msk" },
                    { 13, 2, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: multiple long-term conditions", "yoc-training-course", "topic-multiple-ltcs" },
                    { 14, 2, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: conversation skills", "yoc-training-course", "topic-conversation-skills" }
                });

            migrationBuilder.InsertData(
                table: "EventTypeFeedbackSettings",
                columns: new[] { "EventTypeId", "Anonymous", "AskConfidence", "AskTrainingNeeds", "AskUnderstanding" },
                values: new object[,]
                {
                    { 1, false, true, true, true },
                    { 2, false, true, true, true },
                    { 3, false, true, true, true },
                    { 4, false, true, true, true },
                    { 5, false, true, true, true },
                    { 6, false, true, true, true },
                    { 7, false, true, true, true },
                    { 8, false, false, true, false },
                    { 9, false, false, true, false },
                    { 10, false, true, true, true },
                    { 11, false, true, true, true },
                    { 12, false, true, true, true },
                    { 13, false, true, true, true },
                    { 14, false, true, true, true }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Completions",
                table: "Bookings",
                columns: new[] { "State", "PracticeId", "CompletedAt", "ProgrammeEventId", "PersonId", "ProfessionalRole" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_PersonId_State",
                table: "Bookings",
                columns: new[] { "PersonId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_PracticeId_State",
                table: "Bookings",
                columns: new[] { "PracticeId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ProgrammeEventId_PersonId",
                table: "Bookings",
                columns: new[] { "ProgrammeEventId", "PersonId" },
                unique: true,
                filter: "\"PersonId\" IS NOT NULL AND \"State\" <> 4");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ProgrammeEventId_State",
                table: "Bookings",
                columns: new[] { "ProgrammeEventId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_BookingTransitions_At",
                table: "BookingTransitions",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_BookingTransitions_BookingId_At",
                table: "BookingTransitions",
                columns: new[] { "BookingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_Token",
                table: "CalendarFeeds",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverageSnapshots_PlaceId_TakenOn",
                table: "CoverageSnapshots",
                columns: new[] { "PlaceId", "TakenOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverageSnapshots_TakenOn",
                table: "CoverageSnapshots",
                column: "TakenOn");

            migrationBuilder.CreateIndex(
                name: "IX_EventChanges_ChangedById",
                table: "EventChanges",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_EventChanges_ProgrammeEventId_ChangedAt",
                table: "EventChanges",
                columns: new[] { "ProgrammeEventId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventSessions_ProgrammeEventId_StartsAt",
                table: "EventSessions",
                columns: new[] { "ProgrammeEventId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventSessions_StartsAt_EndsAt",
                table: "EventSessions",
                columns: new[] { "StartsAt", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTrainers_PersonId",
                table: "EventTrainers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTrainers_ProgrammeEventId_PersonId",
                table: "EventTrainers",
                columns: new[] { "ProgrammeEventId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventTypes_Slug",
                table: "EventTypes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorAssignments_AssignedById",
                table: "FacilitatorAssignments",
                column: "AssignedById");

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorAssignments_FacilitatorId_EndsOn",
                table: "FacilitatorAssignments",
                columns: new[] { "FacilitatorId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorAssignments_OpenPerPractice",
                table: "FacilitatorAssignments",
                column: "PracticeId",
                unique: true,
                filter: "\"EndsOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorAssignments_PracticeId_StartsOn",
                table: "FacilitatorAssignments",
                columns: new[] { "PracticeId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_BookingId",
                table: "FeedbackResponses",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_ProgrammeEventId",
                table: "FeedbackResponses",
                column: "ProgrammeEventId");

            migrationBuilder.CreateIndex(
                name: "IX_FidelityElementRatings_FidelityReviewId_Element",
                table: "FidelityElementRatings",
                columns: new[] { "FidelityReviewId", "Element" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FidelityReviews_OneDraftPerPractice",
                table: "FidelityReviews",
                column: "PracticeId",
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_FidelityReviews_PracticeId_ReviewedOn",
                table: "FidelityReviews",
                columns: new[] { "PracticeId", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FidelityReviews_StartedById",
                table: "FidelityReviews",
                column: "StartedById");

            migrationBuilder.CreateIndex(
                name: "IX_FidelityReviews_Status_NextReviewDue",
                table: "FidelityReviews",
                columns: new[] { "Status", "NextReviewDue" });

            migrationBuilder.CreateIndex(
                name: "IX_FidelityReviews_UpdatedById",
                table: "FidelityReviews",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_CreatedAt",
                table: "Notifications",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Kind_Subject_RecipientPersonId_Occurrence",
                table: "Notifications",
                columns: new[] { "Kind", "Subject", "RecipientPersonId", "Occurrence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientPersonId",
                table: "Notifications",
                column: "RecipientPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Status_DueAt",
                table: "Notifications",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_People_PracticeId_FamilyName",
                table: "People",
                columns: new[] { "PracticeId", "FamilyName" });

            migrationBuilder.CreateIndex(
                name: "IX_People_WorkEmail",
                table: "People",
                column: "WorkEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataRequests_ActedByPersonId",
                table: "PersonalDataRequests",
                column: "ActedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataRequests_PersonId_At",
                table: "PersonalDataRequests",
                columns: new[] { "PersonId", "At" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Places_CommissionerCode",
                table: "Places",
                column: "CommissionerCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Places_IntegratedCareSystemId",
                table: "Places",
                column: "IntegratedCareSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeJourneyChanges_PracticeId_RecordedAt",
                table: "PracticeJourneyChanges",
                columns: new[] { "PracticeId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeJourneyChanges_RecordedById",
                table: "PracticeJourneyChanges",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_IcbCode",
                table: "Practices",
                column: "IcbCode");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Name",
                table: "Practices",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_OdsCode",
                table: "Practices",
                column: "OdsCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practices_PlaceId_Status_Name",
                table: "Practices",
                columns: new[] { "PlaceId", "Status", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Postcode",
                table: "Practices",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_PrimaryCareNetworkId",
                table: "Practices",
                column: "PrimaryCareNetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeVisits_FacilitatorId_VisitedOn",
                table: "PracticeVisits",
                columns: new[] { "FacilitatorId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeVisits_PracticeId_VisitedOn",
                table: "PracticeVisits",
                columns: new[] { "PracticeId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PrimaryCareNetworks_PlaceId",
                table: "PrimaryCareNetworks",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEvents_EventTypeId_StartsAt",
                table: "ProgrammeEvents",
                columns: new[] { "EventTypeId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEvents_PlaceId_StartsAt",
                table: "ProgrammeEvents",
                columns: new[] { "PlaceId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEvents_Status_StartsAt",
                table: "ProgrammeEvents",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QaCriterionRatings_QaObservationId_Criterion",
                table: "QaCriterionRatings",
                columns: new[] { "QaObservationId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QaObservations_AssessorPersonId",
                table: "QaObservations",
                column: "AssessorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_QaObservations_ObservedPersonId_ObservedOn",
                table: "QaObservations",
                columns: new[] { "ObservedPersonId", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_QaObservations_ProgrammeEventId",
                table: "QaObservations",
                column: "ProgrammeEventId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleChanges_PersonId_At",
                table: "RoleChanges",
                columns: new[] { "PersonId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleGrants_PersonId_Role_ScopeKey",
                table: "RoleGrants",
                columns: new[] { "PersonId", "Role", "ScopeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleGrants_PlaceId",
                table: "RoleGrants",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessmentActions_SelfAssessmentRatingId_Position",
                table: "SelfAssessmentActions",
                columns: new[] { "SelfAssessmentRatingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessmentRatings_SelfAssessmentId_EnablerKey",
                table: "SelfAssessmentRatings",
                columns: new[] { "SelfAssessmentId", "EnablerKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_AreaKey_AssessedOn",
                table: "SelfAssessments",
                columns: new[] { "AreaKey", "AssessedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_CreatedByPersonId",
                table: "SelfAssessments",
                column: "CreatedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_IntegratedCareSystemId",
                table: "SelfAssessments",
                column: "IntegratedCareSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_OneDraftPerArea",
                table: "SelfAssessments",
                column: "AreaKey",
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_PlaceId_Status_AssessedOn",
                table: "SelfAssessments",
                columns: new[] { "PlaceId", "Status", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_PrimaryCareNetworkId",
                table: "SelfAssessments",
                column: "PrimaryCareNetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_StartedFromId",
                table: "SelfAssessments",
                column: "StartedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_Status_AssessedOn",
                table: "SelfAssessments",
                columns: new[] { "Status", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_SubmittedByPersonId",
                table: "SelfAssessments",
                column: "SubmittedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendance_BookingId_EventSessionId",
                table: "SessionAttendance",
                columns: new[] { "BookingId", "EventSessionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendance_EventSessionId",
                table: "SessionAttendance",
                column: "EventSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionCheckInCodes_Code",
                table: "SessionCheckInCodes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainerAccreditations_PersonId_AccreditationSlug",
                table: "TrainerAccreditations",
                columns: new[] { "PersonId", "AccreditationSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainerAccreditations_ValidUntil_AccreditationSlug",
                table: "TrainerAccreditations",
                columns: new[] { "ValidUntil", "AccreditationSlug" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainerRecordNotes_AuthorPersonId",
                table: "TrainerRecordNotes",
                column: "AuthorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainerRecordNotes_TrainerPersonId_WrittenAt",
                table: "TrainerRecordNotes",
                columns: new[] { "TrainerPersonId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitActions_DoneOn_DueOn",
                table: "VisitActions",
                columns: new[] { "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitActions_FidelityReviewId",
                table: "VisitActions",
                column: "FidelityReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitActions_PracticeId_DueOn",
                table: "VisitActions",
                columns: new[] { "PracticeId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitActions_PracticeVisitId",
                table: "VisitActions",
                column: "PracticeVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitActions_RecordedById",
                table: "VisitActions",
                column: "RecordedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "BookingTransitions");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "CoverageSnapshots");

            migrationBuilder.DropTable(
                name: "CoverageTargets");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EventChanges");

            migrationBuilder.DropTable(
                name: "EventTrainers");

            migrationBuilder.DropTable(
                name: "EventTypeFeedbackSettings");

            migrationBuilder.DropTable(
                name: "FacilitatorAssignments");

            migrationBuilder.DropTable(
                name: "FeedbackResponses");

            migrationBuilder.DropTable(
                name: "FidelityElementRatings");

            migrationBuilder.DropTable(
                name: "MessagePreferences");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PersonalDataRequests");

            migrationBuilder.DropTable(
                name: "PersonPracticeChanges");

            migrationBuilder.DropTable(
                name: "PracticeJourneyChanges");

            migrationBuilder.DropTable(
                name: "PracticeJourneys");

            migrationBuilder.DropTable(
                name: "QaCriterionRatings");

            migrationBuilder.DropTable(
                name: "RoleChanges");

            migrationBuilder.DropTable(
                name: "RoleGrants");

            migrationBuilder.DropTable(
                name: "SelfAssessmentActions");

            migrationBuilder.DropTable(
                name: "SessionAttendance");

            migrationBuilder.DropTable(
                name: "SessionCheckInCodes");

            migrationBuilder.DropTable(
                name: "TrainerAccreditations");

            migrationBuilder.DropTable(
                name: "TrainerDiaries");

            migrationBuilder.DropTable(
                name: "TrainerRecordNotes");

            migrationBuilder.DropTable(
                name: "VisitActions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "QaObservations");

            migrationBuilder.DropTable(
                name: "SelfAssessmentRatings");

            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropTable(
                name: "EventSessions");

            migrationBuilder.DropTable(
                name: "FidelityReviews");

            migrationBuilder.DropTable(
                name: "PracticeVisits");

            migrationBuilder.DropTable(
                name: "SelfAssessments");

            migrationBuilder.DropTable(
                name: "ProgrammeEvents");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "EventTypes");

            migrationBuilder.DropTable(
                name: "Practices");

            migrationBuilder.DropTable(
                name: "PrimaryCareNetworks");

            migrationBuilder.DropTable(
                name: "Places");

            migrationBuilder.DropTable(
                name: "IntegratedCareSystems");
        }
    }
}
