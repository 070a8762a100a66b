using Parley.Reading;

namespace Parley.Tests.Reading;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", "txt", InputFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>", "xml", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- generated -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "", InputFormat.Feed)]
    [InlineData("  {\"title\": \"x\"}", "txt", InputFormat.Json)]
    [InlineData("[{\"title\": \"x\"}]", "", InputFormat.Json)]
    [InlineData("Headline\n\nBody text.", "html", InputFormat.Text)]
    [InlineData("Headline\n\nBody text.", "txt", InputFormat.Text)]
    public void Content_decides_the_format_before_the_extension(string text, string extension, InputFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(text, extension, null));
}
