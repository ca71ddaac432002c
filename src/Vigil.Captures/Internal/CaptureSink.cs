namespace Vigil.Captures.Internal;

/// <summary>Collects what a reader reports while it streams, stamped with the format so messages say "line" or "entry".</summary>
internal sealed class CaptureSink(CaptureFormat format)
{
    private const int MaxReported = 1000;

    public List<CaptureError> Errors { get; } = [];

    public List<CaptureNote> Notes { get; } = [];

    /// <summary>Bad lines beyond the first thousand are counted, not kept: a wrong file must not fill memory with errors.</summary>
    public int DroppedErrors { get; private set; }

    public void Error(int number, string? field, string message)
    {
        if (Errors.Count >= MaxReported)
        {
            DroppedErrors++;
            return;
        }

        Errors.Add(new CaptureError(number, message) { Field = field, Format = format });
    }

    public void Note(int number, string message)
    {
        if (Notes.Count < MaxReported)
        {
            Notes.Add(new CaptureNote(number, message) { Format = format });
        }
    }
}
