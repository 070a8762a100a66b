namespace Parley.Reading;

/// <summary>The formats Parley reads.</summary>
public enum InputFormat
{
    /// <summary>Plain text, such as a scraped page with its furniture.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A JSON document or JSON Lines dump of news records.</summary>
    Json,

    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed.</summary>
    Feed,
}
