namespace Parley.Reading.Dates;

/// <summary>How a page orders day and month in all-numeric dates such as <c>06/07/2020</c>.</summary>
public enum DayOrder
{
    /// <summary>Not known: slashes read month first (US style), dots and dashes day first.</summary>
    Unknown,

    /// <summary>Day first, as most of the world writes.</summary>
    DayFirst,

    /// <summary>Month first, as the United States writes.</summary>
    MonthFirst,
}
