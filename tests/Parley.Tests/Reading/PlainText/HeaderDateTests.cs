using Parley.Reading.PlainText;

namespace Parley.Tests.Reading.PlainText;

public sealed class HeaderDateTests
{
    [Theory]
    [InlineData("date 2025-08-08 $41.460.15", 2025, 8, 8)]
    [InlineData("Mar 12, 2025 12:06 76", 2025, 3, 12)]
    [InlineData("12 March 2025", 2025, 3, 12)]
    [InlineData("2025-03-12", 2025, 3, 12)]
    [InlineData("Updated: Tuesday, 18 March 2025, 14:05 UTC", 2025, 3, 18)]
    [InlineData("18.03.2025 14:05", 2025, 3, 18)]
    [InlineData("May 1st, 2025", 2025, 5, 1)]
    public void A_line_that_is_only_a_date_and_clutter_is_a_date_line(string line, int year, int month, int day)
    {
        Assert.True(HeaderDate.TryParseLine(line, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("On 12 March 2025 the two delegations met in Jeddah")]
    [InlineData("Talks resume in Riyadh")]
    [InlineData("2025-02-30")]
    public void A_sentence_or_an_impossible_date_is_not_a_date_line(string line)
    {
        Assert.False(HeaderDate.TryParseLine(line, out _));
    }
}
