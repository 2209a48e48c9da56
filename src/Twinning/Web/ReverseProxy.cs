using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Twinning.Web;

/// <summary>
/// Behind a reverse proxy the client's address and scheme arrive in X-Forwarded-For/-Proto. They are
/// believed only from the proxies named in configuration (`Network:KnownProxies`, addresses, and
/// `Network:KnownNetworks`, CIDR ranges): anyone else could claim any address and so escape the sign-in
/// limit, or claim HTTPS. With none configured, no forwarded header is believed, not even from loopback.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddTwinningReverseProxy(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in configuration.GetSection("Network:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in configuration.GetSection("Network:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            // The middleware checks the sender against these lists only when one is non-empty: with both empty it
            // would believe every sender. So with no proxy configured, no forwarded header is read at all.
            o.ForwardedHeaders = o.KnownProxies.Count + o.KnownIPNetworks.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
            // One proxy in front: the last address it appends is the client's.
            o.ForwardLimit = configuration.GetValue("Network:ForwardLimit", 1);
        });
}
