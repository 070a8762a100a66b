using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Parley.Store;

/// <summary>A prepared statement stepped directly through SQLite's C API, for scans of many rows: integers and UTF-8 bytes are read without the per-value overhead (and the string allocations) of a data reader.</summary>
internal sealed class RawStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    /// <summary>Prepares the statement on the connection.</summary>
    public RawStatement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
        Check(rc);
    }

    /// <summary>Binds an integer to a named parameter (<c>$name</c>).</summary>
    public void Bind(string name, long value) => Check(raw.sqlite3_bind_int64(_statement, Index(name), value));

    /// <summary>Binds text to a named parameter (<c>$name</c>).</summary>
    public void Bind(string name, string value) => Check(raw.sqlite3_bind_text(_statement, Index(name), value));

    /// <summary>The position of a named parameter, to bind it by position in a loop.</summary>
    public int Index(string name)
    {
        var index = raw.sqlite3_bind_parameter_index(_statement, name);
        if (index == 0)
        {
            throw new ArgumentException($"the statement has no parameter {name}", nameof(name));
        }

        return index;
    }

    /// <summary>Binds an integer by position.</summary>
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    /// <summary>Binds text by position, or NULL when it is null.</summary>
    public void Bind(int index, string? value) => Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));

    /// <summary>Binds NULL by position.</summary>
    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs a statement that returns no rows (an insert or update), then rewinds it for the next run.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc is not (100 or 101))
        {
            Check(rc);
        }
    }

    /// <summary>The row id of the connection's last insert.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_connection.Handle);

    /// <summary>Rewinds the statement to run again; bindings are kept.</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>Moves to the next row; false when there is none.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc == raw.SQLITE_DONE)
        {
            return false;
        }

        Check(rc);
        return false;
    }

    /// <summary>A column as an integer.</summary>
    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>A column as its UTF-8 bytes, valid until the next step.</summary>
    public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

    /// <inheritdoc />
    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc is not (0 or 100 or 101))
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), rc);
        }
    }
}
