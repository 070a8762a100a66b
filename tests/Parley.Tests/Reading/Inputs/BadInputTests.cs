using System.IO.Compression;
using System.Text;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;

namespace Parley.Tests.Reading.Inputs;

public sealed class BadInputTests : IDisposable
{
    private const string Body = "Ceasefire talks resume\n\nDelegations met again on Tuesday to discuss a partial truce on energy infrastructure, officials said.\n";
    private readonly TempFolder _temp = new();
    private readonly InputLoader _loader = new(maxBytes: 1024 * 1024);

    public void Dispose()
    {
        _loader.Dispose();
        _temp.Dispose();
    }

    private async Task<ReadOutcome> ReadAsync(string path) =>
        await new ReadPipeline(ArticleReader.Default, _loader).ReadOneAsync(new RawInput(path, InputKind.File));

    [Fact]
    public async Task An_empty_file_is_reported_as_empty()
    {
        var outcome = await ReadAsync(_temp.File("empty.txt", string.Empty));
        Assert.True(outcome.Failed);
        Assert.Equal("empty file", outcome.Error);
    }

    [Fact]
    public async Task A_file_of_only_white_space_is_reported_as_empty()
    {
        var outcome = await ReadAsync(_temp.File("blank.txt", " \n\t\n  "));
        Assert.Contains("empty", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_file_is_reported_as_binary()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var outcome = await ReadAsync(_temp.File("photo.txt", bytes));
        Assert.Contains("binary", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_is_named_as_such()
    {
        var outcome = await ReadAsync(_temp.File("report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n")));
        Assert.Equal("binary file (PDF), not text", outcome.Error);
    }

    [Fact]
    public async Task Invalid_utf8_text_without_a_declared_charset_is_rejected_with_the_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes(Body).Concat(new byte[] { 0xC3, 0x28, 0x41 }).ToArray();
        var outcome = await ReadAsync(_temp.File("latin.txt", bytes));
        Assert.True(outcome.Failed);
        Assert.StartsWith("not valid UTF-8 at byte", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16_text_with_a_byte_order_mark_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Переговори тривають\n\nДелегації зустрілися у вівторок, щоб обговорити часткове перемир'я.\n")).ToArray();
        var outcome = await ReadAsync(_temp.File("utf16.txt", bytes));
        Assert.False(outcome.Failed, outcome.Error);
        Assert.Equal("Переговори тривають", outcome.Articles[0].Title);
    }

    [Fact]
    public async Task An_html_page_in_windows_1251_declared_by_meta_charset_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1251\"><title>Переговоры</title></head><body><article><p>Делегации встретились во вторник в Эр-Рияде, чтобы обсудить частичное перемирие на энергетических объектах, сообщили официальные лица.</p></article></body></html>";
        var outcome = await ReadAsync(_temp.File("cp1251.html", Encoding.GetEncoding(1251).GetBytes(html)));
        Assert.False(outcome.Failed, outcome.Error);
        Assert.Contains("Эр-Рияде", outcome.Articles[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzipped_file_is_read_transparently()
    {
        var outcome = await ReadAsync(_temp.File("story.txt.gz", Gzip(Encoding.UTF8.GetBytes(Body))));
        Assert.False(outcome.Failed, outcome.Error);
        Assert.Equal("Ceasefire talks resume", outcome.Articles[0].Title);
    }

    [Fact]
    public async Task A_truncated_gzip_is_reported_as_truncated()
    {
        var long_ = string.Concat(Enumerable.Repeat(Body, 200));
        var gz = Gzip(Encoding.UTF8.GetBytes(long_));
        var outcome = await ReadAsync(_temp.File("cut.txt.gz", gz[..(gz.Length / 2)]));
        Assert.True(outcome.Failed);
        Assert.Contains("gzip", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = Path.Combine(_temp.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var outcome = await ReadAsync(path);
        Assert.True(outcome.Failed);
        Assert.Contains("over the 1 MB limit", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_reported()
    {
        var outcome = await ReadAsync(Path.Combine(_temp.Path, "nope.txt"));
        Assert.Equal("no such file", outcome.Error);
    }

    [Fact]
    public async Task Malformed_html_is_still_read()
    {
        var html = "<html><body><div><p>Envoys from Washington and Moscow met in Riyadh <b>for four hours <i>and agreed</b> to restore embassy staffing, both sides said.<p>Ukraine was not invited to the meeting, which its officials criticised.</div></span></table>";
        var outcome = await ReadAsync(_temp.File("broken.html", html));
        Assert.False(outcome.Failed, outcome.Error);
        Assert.Contains("Riyadh", outcome.Articles[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Absurdly_nested_html_does_not_crash_the_reader()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Negotiators agreed on a prisoner exchange of 1,000 for 1,000 after talks in Istanbul, officials said.</p></body></html>";
        var outcome = await ReadAsync(_temp.File("nested.html", html));
        Assert.False(outcome.Failed, outcome.Error);
        Assert.Contains("prisoner exchange", outcome.Articles[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_reported_with_its_line()
    {
        var outcome = await ReadAsync(_temp.File("dump.json", "{\n \"title\": \"x\",\n \"text\": \"y\n"));
        Assert.True(outcome.Failed);
        Assert.StartsWith("malformed JSON", outcome.Error, StringComparison.Ordinal);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var target = new MemoryStream();
        using (var gzip = new GZipStream(target, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return target.ToArray();
    }
}
