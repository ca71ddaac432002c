using Vigil.Core.Capture;
using Vigil.Protocol;
using Vigil.Protocol.Validation;

namespace Vigil.Captures.Internal;

/// <summary>
/// The protocol's own validation applied to one exchange: a batch of one, with <c>events[0].</c> taken off the field
/// names. A capture file's event must meet exactly what the collector would accept, so the rules are not copied here.
/// </summary>
internal sealed class EventValidator(TimeProvider clock)
{
    private const string Prefix = "events[0]";

    private readonly IngestBatchValidator _validator = new(clock);

    public IEnumerable<ProtocolError> Validate(CapturedExchange exchange)
    {
        foreach (var error in _validator.Validate(new IngestBatch { Events = [exchange] }))
        {
            var field = error.Field.StartsWith(Prefix + ".", StringComparison.Ordinal) ? error.Field[(Prefix.Length + 1)..]
                : error.Field == Prefix ? "event"
                : error.Field;
            yield return error with { Field = field };
        }
    }
}
