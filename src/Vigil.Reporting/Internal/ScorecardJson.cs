using System.Text.Json;

namespace Vigil.Reporting.Internal;

/// <summary><c>"score": 72, "grade": "C", "categories": {"security": {"score", "grade", "weight", "deductions": [...]}}</c>.</summary>
internal static class ScorecardJson
{
    public static void Write(Utf8JsonWriter w, Scorecard card)
    {
        w.WriteNumber("score", card.Score);
        w.WriteString("grade", card.Grade);
        w.WriteStartObject("categories");
        foreach (var category in card.Categories)
        {
            w.WriteStartObject(category.Name);
            w.WriteNumber("score", category.Score);
            w.WriteString("grade", category.Grade);
            w.WriteNumber("weight", category.Weight);
            w.WriteStartArray("deductions");
            foreach (var d in category.Deductions)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", d.RuleId);
                w.WriteString("title", d.Title);
                w.WriteNumber("findings", d.Findings);
                w.WriteNumber("points", d.Points);
                w.WriteBoolean("capped", d.Capped);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
