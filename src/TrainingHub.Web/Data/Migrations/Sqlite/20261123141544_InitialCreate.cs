using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TrainingHub.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    DefaultDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DefaultStartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    DefaultEndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    DefaultCapacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredAccreditation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CountsTowardsPracticeTrained = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntegratedCareSystems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegratedCareSystems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "Places",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IntegratedCareSystemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommissionerCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false)
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
                name: "PrimaryCareNetworks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    VenueName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VenueAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AccessibilityNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    JoiningLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    BookingOpensAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BookingClosesAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OdsCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AddressLine3 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AddressLine4 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AddressLine5 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Telephone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommissionerCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrimaryCareNetworkId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConditionsInScope = table.Column<int>(type: "INTEGER", nullable: false),
                    EnhancedServiceLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WorkEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProfessionalRole = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "CalendarFeeds",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedById = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "TraineeTrainers",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraineeTrainers", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_TraineeTrainers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
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
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
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
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
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
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
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
                table: "EventTypes",
                columns: new[] { "Id", "Audience", "CountsTowardsPracticeTrained", "DefaultCapacity", "DefaultDays", "DefaultEndTime", "DefaultStartTime", "Name", "RequiredAccreditation", "Slug" },
                values: new object[,]
                {
                    { 1, 0, false, 40, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "YOC engagement (taster) session", "yoc-training-course", "engagement-session" },
                    { 2, 0, true, 24, 1, new TimeOnly(16, 30, 0), new TimeOnly(9, 0, 0), "YOC training course", "yoc-training-course", "yoc-training-course" },
                    { 3, 0, true, 20, 1, new TimeOnly(13, 0, 0), new TimeOnly(9, 0, 0), "Shortened YOC course for staff new to PCSP practices", "yoc-training-course", "shortened-yoc-course" },
                    { 4, 1, true, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Whole practice team workshop", "yoc-training-course", "whole-practice-team-workshop" },
                    { 5, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(9, 0, 0), "Moving On workshop: multiple long-term conditions", "yoc-training-course", "moving-on-workshop" },
                    { 6, 2, false, 12, 3, new TimeOnly(17, 0, 0), new TimeOnly(9, 0, 0), "Train the Trainer programme", "train-the-trainer", "train-the-trainer" },
                    { 7, 3, false, 12, 2, new TimeOnly(17, 0, 0), new TimeOnly(9, 0, 0), "Facilitator course", "facilitator-course", "facilitator-course" },
                    { 8, 2, false, 30, 1, new TimeOnly(12, 0, 0), new TimeOnly(10, 0, 0), "Trainer meeting", null, "trainer-meeting" },
                    { 9, 3, false, 30, 1, new TimeOnly(12, 0, 0), new TimeOnly(10, 0, 0), "Facilitator meeting", null, "facilitator-meeting" },
                    { 10, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: low mood and psychological issues", "yoc-training-course", "topic-low-mood" },
                    { 11, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: dementia", "yoc-training-course", "topic-dementia" },
                    { 12, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: musculoskeletal (MSK) conditions", "yoc-training-course", "topic-msk" },
                    { 13, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: multiple long-term conditions", "yoc-training-course", "topic-multiple-ltcs" },
                    { 14, 0, false, 30, 1, new TimeOnly(16, 30, 0), new TimeOnly(13, 30, 0), "Topic session: conversation skills", "yoc-training-course", "topic-conversation-skills" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

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
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_Token",
                table: "CalendarFeeds",
                column: "Token",
                unique: true);

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
                name: "IX_People_PracticeId_FamilyName",
                table: "People",
                columns: new[] { "PracticeId", "FamilyName" });

            migrationBuilder.CreateIndex(
                name: "IX_People_WorkEmail",
                table: "People",
                column: "WorkEmail",
                unique: true);

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
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "EventChanges");

            migrationBuilder.DropTable(
                name: "EventSessions");

            migrationBuilder.DropTable(
                name: "EventTrainers");

            migrationBuilder.DropTable(
                name: "TraineeTrainers");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

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
