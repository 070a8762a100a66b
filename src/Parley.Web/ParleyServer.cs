using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parley.Web.Api;
using Parley.Web.Ingest;
using Parley.Web.Security;

namespace Parley.Web;

/// <summary>The dashboard server: the JSON API, its OpenAPI document and the embedded page, on Kestrel.</summary>
public static class ParleyServer
{
    /// <summary>Read connections kept open to the store.</summary>
    public const int ReadConnections = 4;

    /// <summary>The largest request body outside uploads.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Builds the application; <paramref name="configure"/> may change the builder (tests swap Kestrel for the test server).</summary>
    public static WebApplication Build(ServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ParleyServer).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host.Trim('[', ']')), options.Port);
            }
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Codebook);
        services.AddSingleton(new StorePool(options.Db, ReadConnections));
        services.AddSingleton<DataVersion>();
        services.AddSingleton<QueryCache>();
        services.AddSingleton<IngestQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestQueue>());
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Parley";
            document.Info.Description = "The JSON API behind the Parley dashboard: the negotiation map, claims with their evidence, timelines, changes, story clusters, search and ingest.";
            return Task.CompletedTask;
        }).AddOperationTransformer(IngestEndpoints.DescribeUpload));
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;

            // Escape <, >, &, ' and " (but not other text): stored titles and texts are hostile, and JSON must never read as markup.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.CheckHost(AllowedHosts(options)));
        app.Use(SecurityHeaders.CheckOriginAsync);
        app.MapOpenApi();
        ReadEndpoints.Map(app);
        IngestEndpoints.Map(app);
        app.MapGet("/", (HttpContext context) => StaticAssets.Serve(context, "/index.html")).ExcludeFromDescription();
        foreach (var path in StaticAssets.Paths)
        {
            app.MapGet(path, (HttpContext context) => StaticAssets.Serve(context, path)).ExcludeFromDescription();
        }

        app.MapFallback(() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "no such page or API")).ExcludeFromDescription();
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<StorePool>().Dispose());
        return app;
    }

    /// <summary>The addresses a started application listens on.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
    }

    /// <summary>The Host header values accepted: on loopback only the loopback names (a page elsewhere that rebinds its DNS name to 127.0.0.1 is refused); on another address, that address too.</summary>
    private static List<string> AllowedHosts(ServerOptions options)
    {
        var host = options.Host.Trim('[', ']');
        if (IPAddress.TryParse(host, out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)))
        {
            return ["*"];
        }

        List<string> hosts = ["localhost", "127.0.0.1", "[::1]"];
        if (!hosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            hosts.Add(address?.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host);
        }

        return hosts;
    }
}
