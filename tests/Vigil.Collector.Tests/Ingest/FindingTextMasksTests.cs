using Vigil.Collector.Ingest;
using Vigil.Masking;

namespace Vigil.Collector.Tests.Ingest;

public sealed class FindingTextMasksTests
{
    private static readonly string[] Texts =
    [
        "GET /api/orders/{id}", "response.headers", "Strict-Transport-Security, Content-Security-Policy",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig4ture_abcdefghij", "password=hunter2&user=asha",
        "card 4111 1111 1111 1111 in query.q", "GET /auth/magic/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnop", "",
    ];

    [Fact]
    public void Every_text_is_masked_as_the_masker_masks_it_on_first_and_later_use()
    {
        var masker = new Masker(new MaskingOptions { AdditionalNames = ["tenant_ref"] });
        var masks = new FindingTextMasks(masker);

        foreach (var round in Enumerable.Range(0, 2))
        {
            foreach (var text in Texts)
            {
                Assert.Equal(masker.MaskText(text), masks.Text(text));
            }

            foreach (var name in new[] { "password", "X-Api-Key", "tenant_ref", "Content-Type", "page" })
            {
                Assert.Equal(masker.IsSensitiveName(name), masks.IsSensitiveName(name));
            }
        }

        Assert.DoesNotContain("hunter2", masks.Text("password=hunter2&user=asha"), StringComparison.Ordinal);
    }

    [Fact]
    public void Past_its_bound_texts_are_still_masked()
    {
        var masks = new FindingTextMasks(Masker.Default);
        for (var i = 0; i < FindingTextMasks.MaxEntries; i++)
        {
            masks.Text($"text {i}");
        }

        Assert.DoesNotContain("hunter2", masks.Text("password=hunter2"), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", masks.Text("password=hunter2"), StringComparison.Ordinal);
    }
}
