namespace Parley.Reading.Dates;

/// <summary>A candidate publication date and where it came from.</summary>
/// <param name="Date">The date.</param>
/// <param name="Evidence">Where it came from.</param>
/// <param name="Order">Its position among all candidates in document order.</param>
/// <param name="Utc">Whether it came from a timestamp stated in UTC, whose day may differ from the local one.</param>
public readonly record struct DateCandidate(DateOnly Date, DateEvidence Evidence, int Order, bool Utc = false);
