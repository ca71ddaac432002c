using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Bench.Dashboard;

/// <summary>
/// 10,000 alerts over the day before "now" (80 % resolved, 15 % acknowledged, 5 % open), two channels and a delivery
/// per channel for every alert: a busy project's alert history, for the Alerts, alert detail and Settings pages.
/// </summary>
internal static class AlertSeeder
{
    public const int Count = 10_000;

    /// <summary>Seeds once (skipped when the project already has alerts); returns the newest alert's id.</summary>
    public static async Task<Guid> SeedAsync(IAlertStore store, Guid projectId, DateTimeOffset now)
    {
        var existing = await store.QueryAlertsAsync(new AlertQuery(projectId, Limit: 1));
        if (existing.Count > 0)
        {
            return existing[0].Id;
        }

        foreach (var (name, kind) in new[] { ("ops-webhook", ChannelKind.Webhook), ("ops-slack", ChannelKind.Slack) })
        {
            await store.SaveChannelAsync(new ChannelConfig { ProjectId = projectId, Name = name, Kind = kind, Target = "https://hooks.example/" + name, MinThreat = ThreatLevel.Medium });
        }

        var random = new Random(11);
        var newest = Guid.Empty;
        for (var i = 0; i < Count; i++)
        {
            var at = now.AddSeconds(-86_400.0 * (Count - i) / Count);
            var status = (i % 20) switch { 0 => AlertStatus.Open, < 4 => AlertStatus.Acknowledged, _ => AlertStatus.Resolved };
            var endpoint = $"GET /api/resource{random.Next(40)}/{{id}}";
            var subject = $"ip:10.1.{random.Next(8)}.{random.Next(250)}";
            var alert = new AlertRecord
            {
                Id = Guid.NewGuid(), ProjectId = projectId, GroupKey = $"VG1001|{subject}|{endpoint}|{i}", RuleId = "VG1001", Title = "SQL injection attempt",
                Threat = (ThreatLevel)(1 + (i % 3)), Subject = subject, Endpoint = endpoint, AlertRule = "high-threat", Status = status,
                FirstSeen = at.AddMinutes(-5), LastSeen = at, Findings = 1 + random.Next(50),
                AcknowledgedAt = status == AlertStatus.Open ? null : at, ResolvedAt = status == AlertStatus.Resolved ? at : null,
            };
            await store.SaveAlertAsync(alert);
            foreach (var channel in new[] { "ops-webhook", "ops-slack" })
            {
                await store.AddDeliveryAsync(new DeliveryRecord(Guid.NewGuid(), projectId, alert.Id, channel, 1, i % 10 != 0, i % 10 != 0 ? 200 : 503, null, at));
            }

            newest = alert.Id;
        }

        return newest;
    }
}
