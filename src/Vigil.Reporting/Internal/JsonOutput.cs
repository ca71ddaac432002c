using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Reporting.Internal;

/// <summary>
/// Utf8JsonWriter onto a TextWriter. Relaxed escaping keeps evidence such as <c>&lt;script&gt;</c> and quotes readable;
/// reports are files and terminal output, never embedded in HTML.
/// </summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.WriteLine();
    }

    public static void StringIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
