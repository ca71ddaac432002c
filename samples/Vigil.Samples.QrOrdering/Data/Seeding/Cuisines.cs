namespace Vigil.Samples.QrOrdering.Data.Seeding;

internal static class Cuisines
{
    public static readonly Cuisine NorthIndian = new(
        "North Indian",
        ["Saffron", "Tandoor", "Masala", "Royal", "Spice Route", "Punjab", "Zaffran"],
        ["House", "Darbar", "Kitchen", "Junction", "Dhaba", "Table"],
        [
            new("Paneer Tikka", "Starters", "Char-grilled cottage cheese, mint chutney", true, 320, 9.50m),
            new("Chicken Tikka", "Starters", "Yoghurt-marinated chicken from the tandoor", false, 380, 10.50m),
            new("Samosa Chaat", "Starters", "Crushed samosa, chickpeas, tamarind, yoghurt", true, 180, 6.00m),
            new("Butter Chicken", "Mains", "Tandoori chicken in a tomato and butter gravy", false, 420, 15.50m),
            new("Dal Makhani", "Mains", "Black lentils slow-cooked overnight", true, 290, 11.00m),
            new("Palak Paneer", "Mains", "Cottage cheese in spiced spinach", true, 310, 12.00m),
            new("Lamb Rogan Josh", "Mains", "Kashmiri chilli lamb curry", false, 480, 17.00m),
            new("Chicken Biryani", "Rice", "Dum-cooked basmati, raita on the side", false, 360, 14.50m),
            new("Jeera Rice", "Rice", "Basmati tempered with cumin", true, 160, 4.50m),
            new("Garlic Naan", "Breads", "From the tandoor, brushed with garlic butter", true, 70, 3.50m),
            new("Butter Roti", "Breads", "Whole-wheat flatbread", true, 40, 2.50m),
            new("Gulab Jamun", "Desserts", "Two warm milk dumplings in syrup", true, 120, 5.50m),
            new("Mango Lassi", "Drinks", "Alphonso mango and yoghurt", true, 140, 4.50m),
            new("Masala Chai", "Drinks", "Spiced milk tea", true, 60, 3.00m),
        ]);

    public static readonly Cuisine SouthIndian = new(
        "South Indian",
        ["Udupi", "Malabar", "Chettinad", "Curry Leaf", "Madras", "Kaveri"],
        ["Cafe", "Kitchen", "Bhavan", "Corner", "Mess", "Express"],
        [
            new("Masala Dosa", "Dosa", "Crisp rice crepe, potato masala, sambar, chutneys", true, 160, 9.00m),
            new("Rava Dosa", "Dosa", "Semolina crepe with onion and green chilli", true, 170, 9.50m),
            new("Idli Sambar", "Breakfast", "Three steamed rice cakes with sambar", true, 90, 6.50m),
            new("Medu Vada", "Breakfast", "Lentil doughnuts, coconut chutney", true, 80, 6.00m),
            new("Uttapam", "Dosa", "Thick rice pancake with onion and tomato", true, 150, 8.50m),
            new("Chettinad Chicken", "Mains", "Pepper and star-anise chicken curry", false, 390, 15.00m),
            new("Kerala Fish Curry", "Mains", "Kingfish in kokum and coconut", false, 450, 17.50m),
            new("Appam with Stew", "Mains", "Lace hoppers, vegetable coconut stew", true, 220, 11.00m),
            new("Curd Rice", "Rice", "Yoghurt rice, tempered mustard seeds", true, 140, 6.00m),
            new("Lemon Rice", "Rice", "Turmeric, peanuts, curry leaves", true, 130, 6.00m),
            new("Payasam", "Desserts", "Vermicelli and milk pudding", true, 110, 5.00m),
            new("Filter Coffee", "Drinks", "Chicory coffee, frothed", true, 60, 3.00m),
            new("Buttermilk", "Drinks", "Spiced, with ginger and curry leaf", true, 50, 3.00m),
        ]);

    public static readonly Cuisine Italian = new(
        "Italian",
        ["Trattoria", "Osteria", "Pizzeria", "Cucina"],
        ["Roma", "Nonna", "da Marco", "Luce", "Bella", "Sole", "Verde"],
        [
            new("Bruschetta", "Starters", "Tomato, basil, garlic on sourdough", true, 260, 7.50m),
            new("Burrata", "Starters", "With heirloom tomatoes and pesto", true, 650, 12.00m),
            new("Margherita Pizza", "Pizza", "San Marzano tomato, fior di latte, basil", true, 450, 11.00m),
            new("Diavola Pizza", "Pizza", "Spicy salami, chilli oil", false, 560, 13.50m),
            new("Spaghetti Carbonara", "Pasta", "Guanciale, pecorino, egg yolk", false, 520, 14.00m),
            new("Penne Arrabbiata", "Pasta", "Tomato, garlic, chilli", true, 420, 12.00m),
            new("Mushroom Risotto", "Mains", "Porcini and parmesan", true, 560, 15.00m),
            new("Chicken Milanese", "Mains", "Breaded cutlet, rocket, lemon", false, 640, 18.00m),
            new("Tiramisu", "Desserts", "Mascarpone, espresso, cocoa", true, 340, 7.50m),
            new("Panna Cotta", "Desserts", "Vanilla, berry compote", true, 300, 7.00m),
            new("Espresso", "Drinks", "Double shot", true, 150, 2.50m),
            new("Sparkling Water", "Drinks", "750 ml", true, 180, 3.50m),
        ]);

    public static readonly Cuisine Cafe = new(
        "Cafe",
        ["Copper", "Little", "Daily", "Kettle", "Morning", "Bean"],
        ["Cafe", "Roasters", "Bakehouse", "Coffee Co."],
        [
            new("Avocado Toast", "Brunch", "Sourdough, chilli flakes, lime", true, 380, 9.50m),
            new("Eggs Benedict", "Brunch", "Poached eggs, hollandaise, ham", false, 420, 11.00m),
            new("Shakshuka", "Brunch", "Eggs baked in spiced tomato", false, 360, 10.50m),
            new("Club Sandwich", "Sandwiches", "Chicken, bacon, egg, fries", false, 340, 10.00m),
            new("Caesar Salad", "Salads", "Romaine, parmesan, croutons", true, 320, 9.50m),
            new("Banana Bread", "Bakery", "Toasted, with salted butter", true, 180, 4.50m),
            new("Croissant", "Bakery", "All-butter", true, 160, 3.50m),
            new("Cappuccino", "Coffee", "Double shot, whole milk", true, 200, 3.80m),
            new("Flat White", "Coffee", "Double ristretto", true, 220, 4.00m),
            new("Cold Brew", "Coffee", "Steeped for 18 hours", true, 240, 4.50m),
            new("Iced Tea", "Drinks", "Peach and black tea", true, 180, 3.80m),
            new("Chocolate Brownie", "Bakery", "Warm, with sea salt", true, 200, 4.50m),
        ]);

    /// <summary>Indian cities lean to Indian food; European cities to Italian and cafes, with a fair share of Indian.</summary>
    public static Cuisine[] PopularIn(CityProfile city) => city.IsInIndia
        ? [NorthIndian, NorthIndian, SouthIndian, SouthIndian, Cafe, Italian]
        : [Italian, Italian, Cafe, Cafe, NorthIndian, SouthIndian];
}
