using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class TextSpanTests
{
    [Fact]
    public void A_span_slices_the_text_without_copying_and_knows_its_end()
    {
        const string text = "The Riyadh talks";
        var span = new TextSpan(4, 6);
        Assert.Equal(10, span.End);
        Assert.Equal("Riyadh", span.Slice(text).ToString());
    }
}
