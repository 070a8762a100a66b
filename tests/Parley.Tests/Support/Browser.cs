using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Parley.Tests.Support;

/// <summary>
/// Headless Chromium driven by Selenium, for tests that check how a page is laid out in a real browser.
/// Uses Debian's <c>chromium</c> and <c>chromium-driver</c> at /usr/bin (override with
/// <c>PARLEY_CHROMIUM</c> and <c>PARLEY_CHROMEDRIVER</c>). Share one instance through
/// <see cref="BrowserFixture"/> and <c>[Collection(SharedBrowser.Name)]</c>; mark the tests
/// <see cref="BrowserFactAttribute"/> so they skip locally when Chromium is absent but fail under CI.
/// </summary>
public sealed class Browser : IDisposable
{
    /// <summary>The default Chromium binary (Debian's <c>chromium</c> package).</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>The default driver (Debian's <c>chromium-driver</c> package).</summary>
    public const string DefaultChromeDriver = "/usr/bin/chromedriver";

    /// <summary>The viewport tests start with.</summary>
    public const int DefaultWidth = 1280;

    /// <summary>The viewport height tests start with.</summary>
    public const int DefaultHeight = 900;

    private readonly ChromeDriverService _service;

    private Browser(ChromeDriverService service, ChromeDriver driver)
    {
        _service = service;
        Driver = driver;
    }

    /// <summary>The Chromium binary used.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("PARLEY_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>The chromedriver binary used.</summary>
    public static string ChromeDriverPath => Environment.GetEnvironmentVariable("PARLEY_CHROMEDRIVER") is { Length: > 0 } path ? path : DefaultChromeDriver;

    /// <summary>Why the browser cannot start here (a one-line message with the fix), or null when both binaries are present.</summary>
    public static string? Missing
    {
        get
        {
            var missing = new[] { ChromiumPath, ChromeDriverPath }.Where(path => !File.Exists(path)).ToList();
            return missing.Count == 0
                ? null
                : $"headless Chromium is needed for this test but {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing: "
                  + "install it with 'apt-get install -y chromium chromium-driver' (.ci/run does this), or point PARLEY_CHROMIUM and PARLEY_CHROMEDRIVER at your own";
        }
    }

    /// <summary>True when browser tests must run and fail rather than skip without Chromium: under CI (<c>CI</c> or <c>PARLEY_REQUIRE_BROWSER</c> set).</summary>
    public static bool Required =>
        Environment.GetEnvironmentVariable("PARLEY_REQUIRE_BROWSER") is { Length: > 0 } required && required != "0"
        || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    /// <summary>Where screenshots go: <c>$PARLEY_ARTIFACTS</c>, else parley-artifacts in the temp folder.</summary>
    public static string ArtifactsFolder =>
        Environment.GetEnvironmentVariable("PARLEY_ARTIFACTS") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "parley-artifacts");

    /// <summary>The WebDriver, for anything the helpers below do not cover.</summary>
    public ChromeDriver Driver { get; }

    /// <summary>Starts headless Chromium with a <paramref name="width"/> × <paramref name="height"/> viewport, or throws with the reason.</summary>
    public static Browser Start(int width = DefaultWidth, int height = DefaultHeight)
    {
        if (Missing is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-extensions",
            "--disable-background-networking",
            "--mute-audio",
            string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"));
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        try
        {
            // Generous: the test machine is small and shared, and a cold Chromium start can take seconds.
            var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
            var browser = new Browser(service, driver);
            browser.Viewport(width, height);
            return browser;
        }
        catch (WebDriverException e)
        {
            service.Dispose();
            throw new InvalidOperationException($"headless Chromium ({ChromiumPath}) did not start through {ChromeDriverPath}: {e.Message}", e);
        }
    }

    /// <summary>Sets the exact CSS viewport (not the window), so widths in tests mean what they say.</summary>
    public void Viewport(int width, int height)
    {
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = false,
        });
    }

    /// <summary>Opens a local file (by path) or a URL and waits for the document to load.</summary>
    public void Open(string pathOrUrl)
    {
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        var url = File.Exists(pathOrUrl) ? new Uri(Path.GetFullPath(pathOrUrl)).AbsoluteUri : pathOrUrl;
        Driver.Navigate().GoToUrl(url);
    }

    /// <summary>Runs JavaScript in the page (after the page's own scripts, if it has any) and returns its value.</summary>
    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    /// <summary>Runs JavaScript that returns a number.</summary>
    public double Number(string script, params object[] args) => Convert.ToDouble(Script(script, args), CultureInfo.InvariantCulture);

    /// <summary>Saves a PNG of the viewport to <see cref="ArtifactsFolder"/> (or to <paramref name="name"/> if it is a rooted path) and returns the path.</summary>
    public string Screenshot(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var path = Path.IsPathRooted(name) ? name : Path.Combine(ArtifactsFolder, name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? name : name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>Saves a PNG of the whole page, however long, at the current viewport width, and returns the path.</summary>
    public string FullPageScreenshot(string name)
    {
        var width = (int)Number("return window.innerWidth");
        var height = (int)Number("return window.innerHeight");
        var pageHeight = (int)Math.Ceiling(Number("return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)"));
        Viewport(width, Math.Clamp(pageHeight, height, 16_000));
        try
        {
            return Screenshot(name);
        }
        finally
        {
            Viewport(width, height);
        }
    }

    /// <summary>Closes the browser and the driver.</summary>
    public void Dispose()
    {
        try
        {
            Driver.Quit();
        }
        catch (WebDriverException)
        {
        }

        Driver.Dispose();
        _service.Dispose();
    }
}

/// <summary>One headless Chromium shared by every test in <see cref="SharedBrowser"/>, started on first use.</summary>
public sealed class BrowserFixture : IDisposable
{
    private readonly Lazy<Browser> _browser = new(() => Browser.Start(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared browser, reset to the default viewport; throws with the reason when Chromium is missing or does not start.</summary>
    public Browser Browser
    {
        get
        {
            var browser = _browser.Value;
            browser.Viewport(Browser.DefaultWidth, Browser.DefaultHeight);
            return browser;
        }
    }

    public void Dispose()
    {
        if (_browser.IsValueCreated)
        {
            _browser.Value.Dispose();
        }
    }
}

/// <summary>The tests that share one browser; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name, for <c>[Collection(SharedBrowser.Name)]</c>.</summary>
    public const string Name = "Headless Chromium";
}

/// <summary>A fact that needs headless Chromium: skipped with the reason when Chromium is absent on a developer machine, run (and failing with the reason) under CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.Missing is { } missing && !Browser.Required)
        {
            Skip = missing + " (skipped locally; under CI this test fails)";
        }
    }
}
