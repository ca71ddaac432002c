namespace Vigil.Detection.Injection.Sql;

internal ref partial struct SqlParser
{
    /// <summary>How much real SQL a SELECT contains; prose like "select one" parses but has none.</summary>
    private struct SelectShape
    {
        public bool NonTrivialItem;
        public bool Star;
        public bool SqlCall;
        public bool From;
        public bool Where;
        public bool Clause;
        public int Items;

        /// <summary>Enough for UNION SELECT, a subquery or a stacked SELECT.</summary>
        public readonly bool IsSql => NonTrivialItem || From;

        /// <summary>Enough for a whole value that is nothing but a SELECT.</summary>
        public readonly bool IsStrong =>
            (From && (Star || SqlCall || Where || Clause || (NonTrivialItem && Items > 1))) || (!From && SqlCall);

        public void Merge(SelectShape other)
        {
            NonTrivialItem |= other.NonTrivialItem;
            Star |= other.Star;
            SqlCall |= other.SqlCall;
            From |= other.From;
            Where |= other.Where;
            Clause |= other.Clause;
            Items = Math.Max(Items, other.Items);
        }
    }
}
