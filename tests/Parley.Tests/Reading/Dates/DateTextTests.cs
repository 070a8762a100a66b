using Parley.Reading.Dates;

namespace Parley.Tests.Reading.Dates;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("date 2025-08-08 $41.46", 2025, 8, 8)]
    [InlineData("Mar 12, 2025 12:06 76", 2025, 3, 12)]
    [InlineData("12 March 2025", 2025, 3, 12)]
    [InlineData("Published: 12.03.2025", 2025, 3, 12)]
    [InlineData("12 березня 2025 р.", 2025, 3, 12)]
    [InlineData("17 de marzo de 2025", 2025, 3, 17)]
    [InlineData("Domenica 19 Aprile 2020", 2020, 4, 19)]
    [InlineData("2020. június 4. 10:00", 2020, 6, 4)]
    [InlineData("30. ledna 2020", 2020, 1, 30)]
    [InlineData("2020年2月15日 10時", 2020, 2, 15)]
    [InlineData("2020년 3월 4일", 2020, 3, 4)]
    [InlineData("June 7th, 2020", 2020, 6, 7)]
    [InlineData("24 نيسان / أبريل 2020", 2020, 4, 24)]
    public void Header_lines_yield_the_date_they_carry(string line, int year, int month, int day)
    {
        Assert.True(DateText.TryFindInText(line, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("price $41.46 volume 1200")]
    [InlineData("Room 12 March")]
    [InlineData("31.02.2020")]
    [InlineData("12 Foo 2020")]
    public void Lines_without_a_real_date_yield_none(string line)
    {
        Assert.False(DateText.TryFindInText(line, out _));
    }

    [Fact]
    public void Slashed_dates_read_day_first_when_the_page_says_so()
    {
        Assert.True(DateText.TryParseValue("07/06/2020", DayOrder.DayFirst, out var dayFirst));
        Assert.True(DateText.TryParseValue("07/06/2020", DayOrder.MonthFirst, out var monthFirst));
        Assert.Equal(new DateOnly(2020, 6, 7), dayFirst);
        Assert.Equal(new DateOnly(2020, 7, 6), monthFirst);
    }

    [Fact]
    public void A_day_above_twelve_settles_the_order_whatever_the_language()
    {
        Assert.True(DateText.TryParseValue("25/06/2020", DayOrder.MonthFirst, out var date));
        Assert.Equal(new DateOnly(2020, 6, 25), date);
    }

    [Fact]
    public void Feed_style_values_are_parsed()
    {
        Assert.True(DateText.TryParseValue("Sun, 07 Jun 2020 18:06:00 +0300", DayOrder.Unknown, out var rfc));
        Assert.Equal(new DateOnly(2020, 6, 7), rfc);
    }

    [Theory]
    [InlineData("2020-12-05T23:15:00Z", true)]
    [InlineData("2020-12-05T01:15:00+00:00", true)]
    [InlineData("2020-12-05T12:15:00Z", false)]
    [InlineData("2020-12-05T23:15:00+02:00", false)]
    [InlineData("2020-12-05", false)]
    public void Only_utc_timestamps_near_midnight_count_as_ambiguous(string value, bool ambiguous)
    {
        Assert.Equal(ambiguous, DateText.IsUtcTimestamp(value));
    }

    [Theory]
    [InlineData("czerwca", 6)]
    [InlineData("Июня", 6)]
    [InlineData("Dicembre", 12)]
    [InlineData("Sept.", 9)]
    [InlineData("Kasım", 11)]
    [InlineData("Tuesday", 0)]
    public void Month_names_are_looked_up_in_many_languages(string word, int month)
    {
        Assert.Equal(month, MonthNames.Find(word));
    }
}
