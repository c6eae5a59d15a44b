namespace PrisonerTracker.Web.Api;

/// <summary>
/// Keeps a response body in memory until it passes a limit; past it, writes what it holds to the
/// real body and passes everything else straight through (and the headers go out without a tag).
/// </summary>
public sealed class BufferUntilLimitStream(Stream inner, int limit) : Stream
{
    private readonly MemoryStream _buffer = new();

    public bool PassedThrough { get; private set; }
    public ReadOnlyMemory<byte> Buffered => _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken ct = default)
    {
        if (!PassedThrough && _buffer.Length + data.Length > limit)
        {
            PassedThrough = true;
            await inner.WriteAsync(Buffered, ct);
            _buffer.SetLength(0);
        }
        if (PassedThrough) await inner.WriteAsync(data, ct);
        else _buffer.Write(data.Span);
    }

    public override Task WriteAsync(byte[] data, int offset, int count, CancellationToken ct) =>
        WriteAsync(data.AsMemory(offset, count), ct).AsTask();

    public override void Write(byte[] data, int offset, int count) => WriteAsync(data, offset, count, default).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken ct) => PassedThrough ? inner.FlushAsync(ct) : Task.CompletedTask;
    public override void Flush() { }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _buffer.Dispose();
        base.Dispose(disposing);
    }
}
