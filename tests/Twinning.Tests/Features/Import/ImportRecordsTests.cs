using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Donations;
using Twinning.Features.Partnerships;
using Twinning.Features.Programmes;
using Twinning.Features.Visits;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Import;

/// <summary>
/// What an accepted import writes, read back from the database: a delegation's trip as a visit going the
/// travelling side's way with its meetings inside it, meeting kinds from the verb and short titles, no bare
/// bodies as organisations, an agency's memorandum under the city agreement, programmes and gifts, and a warning
/// when the article is about another pair. The articles are this test's own, written as the press writes.
/// </summary>
public sealed partial class ImportTests
{
    private async Task AcceptAllAsync(string text)
    {
        var review = await PasteAsync(_editor, text);
        var response = await AcceptAsync(_editor, review);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Cancel));
    }

    private const string Reception = """
            Thành ủy Hà Nội tiếp Đoàn đại biểu Thủ đô Viêng Chăn

            Chiều 12/3/2024, tại trụ sở Thành ủy, đồng chí Nguyễn Văn An, Bí thư Thành ủy Hà Nội đã tiếp Đoàn đại biểu Thủ đô Viêng Chăn do đồng chí Khamphao Ernthavanh, Bí thư Thành ủy, Chủ tịch Thủ đô Viêng Chăn dẫn đầu sang thăm và làm việc tại Hà Nội.
            """;

    [Fact]
    public async Task A_delegation_received_on_its_trip_is_a_visit_from_its_side_holding_the_reception()
    {
        await AcceptAllAsync(Reception);
        await _app.WithAppDbAsync(async db =>
        {
            var visit = await db.Activities.OfType<Visit>().SingleAsync();
            visit.Direction.ShouldBe(Direction.BToA, "the delegation came from Vientiane, the partnership's second city");
            visit.StartDate.ShouldBe(new DateOnly(2024, 3, 12));
            visit.Place!.Vi.ShouldBe("Hà Nội");
            visit.Place.En.ShouldBe("Hanoi");
            var meeting = await db.Activities.OfType<Meeting>().SingleAsync();
            meeting.VisitId.ShouldBe(visit.Id);
            meeting.MeetingKind.ShouldBe(MeetingKind.Reception);
            meeting.Direction.ShouldBe(Direction.BToA);
            return 0;
        });

        // Read again, the visit and the meeting are each recognised as the record of its own kind: nothing new.
        var again = await Forms.GetAsync(_editor, await PasteAsync(_editor, Reception));
        again.QuerySelectorAll("fieldset.proposal .badge.new").ShouldBeEmpty();
        var visitId = await _app.WithAppDbAsync(async db => (await db.Activities.OfType<Visit>().SingleAsync()).Id);
        again.QuerySelector("#event-trip .badge.existing a")!.GetAttribute("href").ShouldBe($"/activities/{visitId}");
    }

    [Fact]
    public async Task A_delegation_going_out_for_talks_is_an_outbound_visit_with_its_talks_and_signing_inside()
    {
        await AcceptAllAsync("Ngày 5/6/2023, Đoàn đại biểu cấp cao thành phố Hà Nội do đồng chí Trần Thị Bình, Phó Bí thư Thành ủy Hà Nội làm trưởng đoàn "
            + "đã đến thăm và hội đàm với lãnh đạo Thủ đô Viêng Chăn. Cùng ngày, hai bên đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2023 - 2027.");
        await _app.WithAppDbAsync(async db =>
        {
            var visit = await db.Activities.OfType<Visit>().SingleAsync();
            visit.Direction.ShouldBe(Direction.AToB);
            var meetings = await db.Activities.OfType<Meeting>().ToListAsync();
            meetings.Select(m => m.MeetingKind).ShouldBe([MeetingKind.Talks, MeetingKind.Signing], ignoreOrder: true);
            meetings.ShouldAllBe(m => m.VisitId == visit.Id && m.Direction == Direction.AToB);
            return 0;
        });
    }

    public static TheoryData<string, MeetingKind> Verbs() => new()
    {
        { "Sáng 20/9/2023, đồng chí Phạm Văn Dũng, Chủ tịch UBND thành phố Hà Nội đã tiếp xã giao đồng chí Atsaphangthong Siphandone, Chủ tịch Thủ đô Viêng Chăn.", MeetingKind.CourtesyCall },
        { "Chiều 21/9/2023, đồng chí Phạm Văn Dũng, Chủ tịch UBND thành phố Hà Nội đã tiếp đồng chí Atsaphangthong Siphandone, Chủ tịch Thủ đô Viêng Chăn.", MeetingKind.Reception },
        { "Ngày 22/9/2023, lãnh đạo thành phố Hà Nội đã làm việc với lãnh đạo Thủ đô Viêng Chăn về hợp tác giáo dục.", MeetingKind.WorkingSession },
        { "Ngày 23/9/2023, lãnh đạo thành phố Hà Nội và Thủ đô Viêng Chăn đã hội đàm về hợp tác giáo dục.", MeetingKind.Talks },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task A_meeting_is_of_the_kind_its_verb_says_with_a_short_title_naming_the_sides(string sentence, MeetingKind kind)
    {
        var review = await PasteAsync(_editor, sentence);
        var page = await Forms.GetAsync(_editor, review);
        var proposed = page.QuerySelector("fieldset.proposal-event select[name$='.MeetingKind'] option[selected]").ShouldNotBeNull();
        proposed.GetAttribute("value").ShouldBe(kind.ToString());
        (await AcceptAsync(_editor, review)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var meeting = await _app.WithAppDbAsync(db => db.Activities.OfType<Meeting>().SingleAsync());
        meeting.MeetingKind.ShouldBe(kind);
        // A title, not the sentence: short, in all three languages, naming a side (or, for a call, the guest).
        foreach (var title in new[] { meeting.Title.Vi, meeting.Title.En, meeting.Title.Lo })
        {
            title.ShouldNotBeNullOrWhiteSpace();
            title.Length.ShouldBeLessThan(sentence.Length / 2);
            sentence.ShouldNotContain(title);
        }
        if (kind == MeetingKind.CourtesyCall) meeting.Title.Vi!.ShouldContain("Atsaphangthong Siphandone");
        else meeting.Title.Vi!.ShouldContain("Viêng Chăn");
    }

    [Fact]
    public async Task Bodies_are_matched_to_those_held_however_written_and_a_bare_body_is_never_an_organisation()
    {
        var held = await _app.WithAppDbAsync(async db =>
        {
            var o = new Twinning.Features.Organisations.Organisation { Name = new("Ủy ban nhân dân thành phố Hà Nội"), Country = "VN" };
            db.Add(o);
            await db.SaveChangesAsync();
            return o.Id;
        });
        var review = await PasteAsync(_editor, "Ngày 2/10/2023, tại trụ sở Thành ủy, đại diện UBND TP Hà Nội, Sở Ngoại vụ Hà Nội và Thành ủy Viêng Chăn đã gặp gỡ. "
            + "Lãnh đạo Thành ủy và UBND hai bên đánh giá cao kết quả hợp tác.");
        var page = await Forms.GetAsync(_editor, review);
        var labels = page.QuerySelectorAll("fieldset.proposal-organisation legend label").Select(l => l.TextContent.Trim()).ToList();
        labels.ShouldNotContain("Thành ủy");
        labels.ShouldNotContain("UBND");
        page.QuerySelector($"fieldset.proposal-organisation .badge.existing a[href='/organisations/{held}']").ShouldNotBeNull("UBND TP Hà Nội is the people's committee held");

        var before = await _app.WithAppDbAsync(db => db.Organisations.Select(o => o.Name.Vi).ToListAsync());
        (await AcceptAsync(_editor, review)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var created = (await _app.WithAppDbAsync(db => db.Organisations.Select(o => o.Name.Vi).ToListAsync())).Except(before).ToList();
        created.ShouldBe(["Thành ủy Viêng Chăn"], "the held bodies are cited, the bare words are no bodies");
    }

    [Fact]
    public async Task An_agencys_memorandum_is_an_agency_agreement_under_the_city_agreement_in_force()
    {
        var city = await _app.WithAppDbAsync(async db =>
        {
            var a = new Agreement
            {
                PartnershipId = _partnership, Title = new("Thỏa thuận hợp tác giữa Hà Nội và Viêng Chăn giai đoạn 2021 - 2025"),
                Kind = AgreementKind.CooperationAgreement, StartYear = 2021, EndYear = 2025, Status = AgreementStatus.InForce,
            };
            db.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
        var review = await PasteAsync(_editor, "Ngày 15/4/2024, tại Thủ đô Viêng Chăn, Công an thành phố Hà Nội và Công an Thủ đô Viêng Chăn đã ký kết Bản ghi nhớ hợp tác giai đoạn 2024 - 2028.");
        var page = await Forms.GetAsync(_editor, review);
        page.QuerySelector($"fieldset.proposal-agreement .agency-agreement a[href='/agreements/{city}']").ShouldNotBeNull();
        (await AcceptAsync(_editor, review)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await _app.WithAppDbAsync(async db =>
        {
            var agency = await db.Agreements.SingleAsync(a => a.Id != city);
            agency.ParentId.ShouldBe(city);
            agency.Kind.ShouldBe(AgreementKind.MemorandumOfUnderstanding);
            (agency.StartYear, agency.EndYear).ShouldBe((2024, 2028));
            (await db.Agreements.CountAsync(a => a.ParentId == null)).ShouldBe(1, "still one city agreement");
            return 0;
        });
    }

    [Fact]
    public async Task Scholarships_training_and_gifts_are_proposed_as_programmes_and_donations()
    {
        await AcceptAllAsync("Ngày 10/10/2023, tại Hà Nội, UBND thành phố Hà Nội trao 50 suất học bổng cho sinh viên Thủ đô Viêng Chăn đang học tập tại Hà Nội. "
            + "Dịp này, thành phố cũng trao tặng 100 máy tính cho Sở Giáo dục và Thể thao Viêng Chăn và mở lớp đào tạo tiếng Việt cho 30 cán bộ Viêng Chăn.");
        await _app.WithAppDbAsync(async db =>
        {
            var programmes = await db.Activities.OfType<Programme>().ToListAsync();
            programmes.Select(p => (p.ProgrammeKind, p.ParticipantsCount)).ShouldBe([(ProgrammeKind.Scholarship, 50), (ProgrammeKind.CadreTraining, 30)], ignoreOrder: true);
            var donation = await db.Activities.OfType<Donation>().SingleAsync();
            donation.Quantity.ShouldBe(100);
            donation.Item.Vi.ShouldNotBeNull().ShouldContain("máy tính");
            (await db.Activities.CountAsync(a => a.Kind == ActivityKind.Project)).ShouldBe(0);
            return 0;
        });
    }

    [Fact]
    public async Task An_article_about_another_pair_is_flagged_and_the_matching_partnership_offered()
    {
        var other = await _app.WithAppDbAsync(async db =>
        {
            var p = new Partnership
            {
                Name = new("Nghệ An – Xiêng Khoảng", "Nghe An – Xiangkhouang"), CityAName = new("Nghệ An", "Nghe An"), CityACountry = "VN",
                CityBName = new("Xiêng Khoảng", "Xieng Khouang"), CityBCountry = "LA",
            };
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var article = File.ReadAllText(Path.Combine(SharedFolder.Path("eval/dev2/articles"), "103.txt"));
        var review = await PasteAsync(_editor, article);
        var page = await Forms.GetAsync(_editor, review);
        var notice = page.GetElementById("other-pair").ShouldNotBeNull();
        notice.TextContent.ShouldContain("Nghệ An");
        notice.QuerySelector($"a[href='/partnerships/{other}/import']").ShouldNotBeNull();

        // In the reader's language: English names the places as English does.
        var switched = await _editor.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "en", ["returnUrl"] = review, ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(page.DocumentElement.OuterHtml),
        }), Cancel);
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var english = (await Forms.GetAsync(_editor, review)).GetElementById("other-pair").ShouldNotBeNull().TextContent;
        english.ShouldContain("seems to be about");
        english.ShouldContain("Nghe An");

        // An article about this partnership's own pair is not flagged.
        var own = await Forms.GetAsync(_editor, await PasteAsync(_editor, Seed("004")));
        own.GetElementById("other-pair").ShouldBeNull();
    }
}
