namespace Parley.Reading.Dates;

/// <summary>Where a candidate publication date came from, best first: the lower the value, the more it is trusted.</summary>
public enum DateEvidence
{
    /// <summary>Structured data or a meta tag that names the publication date.</summary>
    Published,

    /// <summary>A script variable or markup attribute that names the publication date.</summary>
    PublishedOther,

    /// <summary>A full date in the page address.</summary>
    Url,

    /// <summary>A meta tag that names a date without saying which.</summary>
    GenericMeta,

    /// <summary>A creation or upload date in structured data.</summary>
    Created,

    /// <summary>A machine-readable <c>time</c> element in the article.</summary>
    TimeElement,

    /// <summary>The text of an element whose class or id says it holds a date.</summary>
    DatedElement,

    /// <summary>A modification date, used only when nothing says when the page was published.</summary>
    Modified,

    /// <summary>A date written in the article text.</summary>
    Text,

    /// <summary>A date in the sidebar, footer, navigation or comments, or in a copyright line or update note.</summary>
    Boilerplate,
}
