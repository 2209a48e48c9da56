using Twinning.Features.Activities;
using Twinning.Features.Briefings;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Briefings;

/// <summary>The briefing page offers the meetings to prepare, the nearest to today first.</summary>
public sealed class BriefingPickerTests(StoryApp app) : IClassFixture<StoryApp>
{
    [Fact]
    public void The_nearest_meeting_comes_first_and_of_two_as_near_the_coming_one()
    {
        var today = new DateOnly(2026, 12, 4);
        Meeting At(int id, DateOnly day) => new() { Id = id, StartDate = day };
        var order = BriefingModel.NearestFirst([At(1, new(2020, 1, 1)), At(2, today.AddDays(-3)), At(3, today.AddDays(30)), At(4, today.AddDays(3)), At(5, today)], today);
        order.Select(m => m.Id).ShouldBe([5, 4, 2, 3, 1]);
    }

    [Fact]
    public async Task The_picker_lists_the_approved_meetings_and_visits_nearest_first_each_linking_to_its_pack()
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}/briefing");
        var today = TestClock.Today;
        var expected = app.Story.Visits.Cast<Activity>().Concat(app.Story.Meetings)
            .Where(a => a.State == RecordState.Approved)
            .OrderBy(a => Math.Abs((a.StartDate!.Value.ToDateTime(TimeOnly.MinValue) - today.ToDateTime(TimeOnly.MinValue)).TotalDays))
            .Take(BriefingModel.MeetingsOffered).Select(a => a.Title.Vi!).ToList();
        var items = page.QuerySelectorAll(".meeting-picker li").Select(li => li.TextContent.Split('—')[0].Trim()).ToList();
        items.ShouldBe(expected);
        // The draft visit is not offered to a Viewer.
        items.ShouldNotContain("Đoàn Viêng Chăn dự kiến thăm Hà Nội");
        page.QuerySelectorAll(".meeting-picker li time").First().GetAttribute("datetime").ShouldBe("2021-11-11");
    }
}
