using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Twinning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DatasetLoads",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetLoads", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    NameLo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Abbreviation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PhoneticKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Organisations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Partnerships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameLo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CityANameVi = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CityANameEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CityANameLo = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CityACountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CityBNameVi = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CityBNameEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CityBNameLo = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CityBCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partnerships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameLo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PhoneticKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FullText = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleVi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TitleLo = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignedPlaceVi = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    SignedPlaceEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    SignedPlaceLo = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: true),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PhoneticKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Agreements_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_Agreements_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Anniversaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    NameLo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    BaseDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Anniversaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Anniversaries_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleVi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TitleLo = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SummaryVi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SummaryLo = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateInferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlaceVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlaceEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlaceLo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PhoneticKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ItemVi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ItemEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ItemLo = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: true),
                    DonorId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientId = table.Column<int>(type: "INTEGER", nullable: true),
                    EventKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProgrammeKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnnualQuotaMin = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnualQuotaMax = table.Column<int>(type: "INTEGER", nullable: true),
                    ParticipantsCount = table.Column<int>(type: "INTEGER", nullable: true),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: true),
                    FunderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Project_RecipientId = table.Column<int>(type: "INTEGER", nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    BudgetAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    BudgetCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    IatiStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActualStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActualEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeaderId = table.Column<int>(type: "INTEGER", nullable: true),
                    HostCityVi = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    HostCityEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    HostCityLo = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    InvitedById = table.Column<int>(type: "INTEGER", nullable: true),
                    PurposeVi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PurposeEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PurposeLo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activities_Activities_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Organisations_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Organisations_DonorId",
                        column: x => x.DonorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Organisations_FunderId",
                        column: x => x.FunderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Organisations_Project_RecipientId",
                        column: x => x.Project_RecipientId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Organisations_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_People_InvitedById",
                        column: x => x.InvitedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_People_LeaderId",
                        column: x => x.LeaderId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonAlias",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonAlias", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonAlias_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AttestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Positions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Positions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Citations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Citations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementParties",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartiesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementParties", x => new { x.AgreementId, x.PartiesId });
                    table.ForeignKey(
                        name: "FK_AgreementParties_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementParties_Organisations_PartiesId",
                        column: x => x.PartiesId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementSignatory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSignatory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementSignatory_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementSignatory_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TextVi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TextLo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commitments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventOrganisers",
                columns: table => new
                {
                    OrganisersId = table.Column<int>(type: "INTEGER", nullable: false),
                    PromotionEventId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventOrganisers", x => new { x.OrganisersId, x.PromotionEventId });
                    table.ForeignKey(
                        name: "FK_EventOrganisers_Activities_PromotionEventId",
                        column: x => x.PromotionEventId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventOrganisers_Organisations_OrganisersId",
                        column: x => x.OrganisersId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Intake",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Intake", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Intake_Activities_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    InviterId = table.Column<int>(type: "INTEGER", nullable: false),
                    InviteeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateInferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    DescriptionVi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DescriptionLo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    FulfilledById = table.Column<int>(type: "INTEGER", nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_Activities_FulfilledById",
                        column: x => x.FulfilledById,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invitations_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invitations_People_InviteeId",
                        column: x => x.InviteeId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invitations_People_InviterId",
                        column: x => x.InviterId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgreementsSigned",
                columns: table => new
                {
                    AgreementsSignedId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgreementsSigned", x => new { x.AgreementsSignedId, x.MeetingId });
                    table.ForeignKey(
                        name: "FK_MeetingAgreementsSigned_Activities_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAgreementsSigned_Agreements_AgreementsSignedId",
                        column: x => x.AgreementsSignedId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Milestone",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LabelVi = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    LabelEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    LabelLo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestone_Activities_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Participants_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Participants_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivityCommitments",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitmentsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityCommitments", x => new { x.ActivityId, x.CommitmentsId });
                    table.ForeignKey(
                        name: "FK_ActivityCommitments_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityCommitments_Commitments_CommitmentsId",
                        column: x => x.CommitmentsId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentResponsibleOrganisations",
                columns: table => new
                {
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentResponsibleOrganisations", x => new { x.CommitmentId, x.ResponsibleId });
                    table.ForeignKey(
                        name: "FK_CommitmentResponsibleOrganisations_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommitmentResponsibleOrganisations_Organisations_ResponsibleId",
                        column: x => x.ResponsibleId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_BeneficiaryId",
                table: "Activities",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_DonorId",
                table: "Activities",
                column: "DonorId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_FunderId",
                table: "Activities",
                column: "FunderId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_InvitedById",
                table: "Activities",
                column: "InvitedById");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Key",
                table: "Activities",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_LeaderId",
                table: "Activities",
                column: "LeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_PartnershipId_StartDate",
                table: "Activities",
                columns: new[] { "PartnershipId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Project_RecipientId",
                table: "Activities",
                column: "Project_RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_ProviderId",
                table: "Activities",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_RecipientId",
                table: "Activities",
                column: "RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_VisitId",
                table: "Activities",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityCommitments_CommitmentsId",
                table: "ActivityCommitments",
                column: "CommitmentsId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_PartiesId",
                table: "AgreementParties",
                column: "PartiesId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Key",
                table: "Agreements",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ParentId",
                table: "Agreements",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_PartnershipId",
                table: "Agreements",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_PredecessorId",
                table: "Agreements",
                column: "PredecessorId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatory_AgreementId",
                table: "AgreementSignatory",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatory_PersonId",
                table: "AgreementSignatory",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Anniversaries_Key",
                table: "Anniversaries",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Anniversaries_PartnershipId",
                table: "Anniversaries",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_RecordKind_RecordId",
                table: "Citations",
                columns: new[] { "RecordKind", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Citations_SourceId",
                table: "Citations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentResponsibleOrganisations_ResponsibleId",
                table: "CommitmentResponsibleOrganisations",
                column: "ResponsibleId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_AgreementId",
                table: "Commitments",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_Key",
                table: "Commitments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventOrganisers_PromotionEventId",
                table: "EventOrganisers",
                column: "PromotionEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Intake_Key",
                table: "Intake",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Intake_ProgrammeId_Year",
                table: "Intake",
                columns: new[] { "ProgrammeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_FulfilledById",
                table: "Invitations",
                column: "FulfilledById");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_InviteeId",
                table: "Invitations",
                column: "InviteeId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_InviterId",
                table: "Invitations",
                column: "InviterId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Key",
                table: "Invitations",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_PartnershipId",
                table: "Invitations",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgreementsSigned_MeetingId",
                table: "MeetingAgreementsSigned",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestone_Key",
                table: "Milestone",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Milestone_ProjectId",
                table: "Milestone",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Key",
                table: "Organisations",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ParentId",
                table: "Organisations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_ActivityId",
                table: "Participants",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_PersonId_ActivityId",
                table: "Participants",
                columns: new[] { "PersonId", "ActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_Key",
                table: "Partnerships",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_Key",
                table: "People",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonAlias_PersonId",
                table: "PersonAlias",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_Key",
                table: "Positions",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Positions_OrganisationId",
                table: "Positions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_PersonId",
                table: "Positions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Key",
                table: "Sources",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityCommitments");

            migrationBuilder.DropTable(
                name: "AgreementParties");

            migrationBuilder.DropTable(
                name: "AgreementSignatory");

            migrationBuilder.DropTable(
                name: "Anniversaries");

            migrationBuilder.DropTable(
                name: "Citations");

            migrationBuilder.DropTable(
                name: "CommitmentResponsibleOrganisations");

            migrationBuilder.DropTable(
                name: "DatasetLoads");

            migrationBuilder.DropTable(
                name: "EventOrganisers");

            migrationBuilder.DropTable(
                name: "Intake");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "MeetingAgreementsSigned");

            migrationBuilder.DropTable(
                name: "Milestone");

            migrationBuilder.DropTable(
                name: "Participants");

            migrationBuilder.DropTable(
                name: "PersonAlias");

            migrationBuilder.DropTable(
                name: "Positions");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "Activities");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Partnerships");
        }
    }
}
