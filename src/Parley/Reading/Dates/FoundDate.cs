namespace Parley.Reading.Dates;

/// <summary>A date found in a text.</summary>
/// <param name="Date">The date.</param>
/// <param name="Index">Where its text starts.</param>
/// <param name="Length">How long its text is.</param>
public readonly record struct FoundDate(DateOnly Date, int Index, int Length);
