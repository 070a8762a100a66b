using Parley.Stories;
using Parley.Tests.Store;

namespace Parley.Tests.Stories;

public sealed class MinHashTests
{
    [Fact]
    public void The_same_text_in_other_case_and_spacing_has_the_same_signature()
    {
        var a = MinHash.Signature(StoreFixtures.WireStory)!;
        var b = MinHash.Signature(StoreFixtures.WireStory.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal))!;

        Assert.Equal(1.0, MinHash.Similarity(a, b));
    }

    [Fact]
    public void A_lightly_edited_copy_is_similar_and_an_unrelated_text_is_not()
    {
        var original = MinHash.Signature(StoreFixtures.WireStory)!;
        var edited = MinHash.Signature("WASHINGTON (Agency) — " + StoreFixtures.WireStory + " Officials said more meetings were planned.")!;
        var unrelated = MinHash.Signature("Grain exports through the Black Sea rose in March, traders said, as shipping insurers cut their premiums after months of attacks on ports and vessels.")!;

        Assert.True(MinHash.Similarity(original, edited) >= 0.7, $"edited copy: {MinHash.Similarity(original, edited)}");
        Assert.True(MinHash.Similarity(original, unrelated) < 0.1, $"unrelated: {MinHash.Similarity(original, unrelated)}");
    }

    [Fact]
    public void A_text_shorter_than_one_shingle_has_no_signature() =>
        Assert.Null(MinHash.Signature("Talks end."));

    [Fact]
    public void Signatures_survive_a_round_trip_through_bytes()
    {
        var signature = MinHash.Signature(StoreFixtures.WireStory)!;

        Assert.Equal(signature, MinHash.FromBytes(MinHash.ToBytes(signature)));
    }
}
