namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>A kind of restaurant: how its name is made and which dishes its menu is drawn from.</summary>
internal sealed record Cuisine(string Name, string[] NamePrefixes, string[] NameSuffixes, MenuTemplate[] Dishes);
