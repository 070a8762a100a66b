namespace Parley.Reading;

/// <summary>A clean, dated news article read from one input (a file, a feed item, a dump record or a page).</summary>
/// <param name="Doc">The input's name: the file name, or <c>name#n</c> for the n-th item of a feed or dump.</param>
/// <param name="Title">The headline, when the input has one.</param>
/// <param name="Outlet">The news organisation that published the article.</param>
/// <param name="Published">The publication date, when it can be told.</param>
/// <param name="Byline">The author or authors.</param>
/// <param name="Url">The article's address.</param>
/// <param name="Language">A two-letter language code, when it can be told.</param>
/// <param name="Cites">The news organisations the article names as its sources.</param>
/// <param name="Text">The clean article body, paragraphs separated by blank lines.</param>
/// <param name="Format">The input format it was read from (text, html, json, rss, atom).</param>
/// <param name="Origin">Where it came from: a path, a URL or <c>-</c> for standard input.</param>
public sealed record Article(
    string Doc,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    string? Byline,
    string? Url,
    string? Language,
    IReadOnlyList<string> Cites,
    string Text,
    string Format,
    string Origin);
