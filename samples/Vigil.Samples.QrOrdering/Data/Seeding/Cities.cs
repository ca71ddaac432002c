namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>The cities the platform operates in. Tax rates are the usual restaurant rates, rounded.</summary>
internal static class Cities
{
    public static readonly CityProfile[] India =
    [
        new("Mumbai", "India", "INR", 0.05m, "en_IND"),
        new("Bengaluru", "India", "INR", 0.05m, "en_IND"),
        new("New Delhi", "India", "INR", 0.05m, "en_IND"),
        new("Hyderabad", "India", "INR", 0.05m, "en_IND"),
        new("Chennai", "India", "INR", 0.05m, "en_IND"),
        new("Pune", "India", "INR", 0.05m, "en_IND"),
        new("Kolkata", "India", "INR", 0.05m, "en_IND"),
        new("Jaipur", "India", "INR", 0.05m, "en_IND"),
        new("Kochi", "India", "INR", 0.05m, "en_IND"),
        new("Panaji", "India", "INR", 0.05m, "en_IND"),
    ];

    public static readonly CityProfile[] Europe =
    [
        new("London", "United Kingdom", "GBP", 0.20m, "en_GB"),
        new("Manchester", "United Kingdom", "GBP", 0.20m, "en_GB"),
        new("Dublin", "Ireland", "EUR", 0.135m, "en_IE"),
        new("Berlin", "Germany", "EUR", 0.19m, "de"),
        new("Munich", "Germany", "EUR", 0.19m, "de"),
        new("Vienna", "Austria", "EUR", 0.10m, "de_AT"),
        new("Paris", "France", "EUR", 0.10m, "fr"),
        new("Amsterdam", "Netherlands", "EUR", 0.09m, "nl"),
        new("Lisbon", "Portugal", "EUR", 0.13m, "pt_PT"),
        new("Madrid", "Spain", "EUR", 0.10m, "es"),
        new("Milan", "Italy", "EUR", 0.10m, "it"),
    ];
}
