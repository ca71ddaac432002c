using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Auth;

/// <summary>Opaque bearer tokens for staff, kept in memory: a restart signs everyone out, which the demo can live with.</summary>
internal sealed class StaffSessionStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, StaffSession> _sessions = new(StringComparer.Ordinal);

    public StaffSession Open(StaffMember staff)
    {
        // 256 bits from the OS CSPRNG: unguessable, unlike the order ids elsewhere in this sample.
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var session = new StaffSession(token, staff, time.GetUtcNow() + StaffTokenDefaults.SessionLifetime);
        _sessions[token] = session;
        return session;
    }

    public StaffSession? Find(string token)
    {
        if (!_sessions.TryGetValue(token, out var session))
        {
            return null;
        }

        if (session.ExpiresAt <= time.GetUtcNow())
        {
            _sessions.TryRemove(token, out _);
            return null;
        }

        return session;
    }

    public void Close(string token) => _sessions.TryRemove(token, out _);
}
