using Twinning.BrowserTests.Infrastructure;
using Twinning.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>The pickers of the forms find a person by any spelling, folded as the search box folds.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PickerTests(BrowserFixture fixture)
{
    private const string Password = "một cụm mật khẩu đủ dài";

    [Fact]
    public async Task Typing_a_variant_spelling_keeps_only_the_person_it_names_and_offers_a_new_one_when_nothing_matches()
    {
        const string email = "bien.tap.picker@example.org";
        await fixture.App.CreateUserAsync(email, "Biên Tập Picker", Password, administrator: false,
            new Membership { PartnershipId = fixture.PartnershipId, Role = PartnershipRole.Editor, Side = "VN" });
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await Accounts.SignInAsync(page, email, Password);
            await page.GotoAsync($"/visits/edit?partnership={fixture.PartnershipId}");
            var leader = page.Locator("select[name='Input.LeaderId']");
            var search = page.Locator("select[name='Input.LeaderId']").Locator("xpath=preceding-sibling::input[@type='search'][1]");

            await search.FillAsync("thongluon sinsoulith"); // the misspelling in a TTXVN caption
            await Expect(leader.Locator("option:not([hidden]):not([value=''])")).ToHaveCountAsync(1);
            await Expect(leader.Locator("option:not([hidden]):not([value=''])")).ToHaveTextAsync("Thongloun Sisoulith");

            await search.FillAsync("ĐINH TIEN");
            await Expect(leader.Locator("option:not([hidden]):not([value=''])")).ToHaveTextAsync("Đinh Tiến Dũng");

            await search.FillAsync("nobody by this name");
            await Expect(leader.Locator("option:not([hidden]):not([value=''])")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Không thấy? Thêm nhân vật mới" })).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "picker-1-no-match");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "picker");
            throw;
        }
        watch.ShouldBeClean();
    }
}
