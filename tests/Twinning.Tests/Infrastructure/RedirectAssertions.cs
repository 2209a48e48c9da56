using System.Net;

namespace Twinning.Tests.Infrastructure;

public static class RedirectAssertions
{
    /// <summary>
    /// Asserts a 302 whose Location is present and whose path is exactly <paramref name="path"/> (its query,
    /// such as ReturnUrl, aside). Unlike <c>Headers.Location?....ShouldContain(…)</c>, this fails when there is
    /// no redirect at all.
    /// </summary>
    public static void ShouldRedirectTo(this HttpResponseMessage response, string path)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"expected a redirect to {path}");
        var location = response.Headers.Location.ShouldNotBeNull($"a redirect to {path} needs a Location");
        var actual = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?', '#')[0];
        actual.ShouldBe(path, $"Location was {location.OriginalString}");
    }
}
