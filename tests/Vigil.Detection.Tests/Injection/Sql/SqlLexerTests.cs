using Vigil.Detection.Injection.Sql;

namespace Vigil.Detection.Tests.Injection.Sql;

public sealed class SqlLexerTests
{
    [Theory]
    [InlineData("1union select", "Number Word Word")] // MySQL splits a number from a following keyword…
    [InlineData("3rd place", "Word Word")] // …but 3rd is an identifier
    [InlineData("0x3a 1e5 .5 \\N", "Number Number Number Number")]
    [InlineData("@@version @a @'x'", "Variable Variable Variable")]
    [InlineData("`t` [t] \"t\" N'x' _utf8'x'", "QuotedIdentifier QuotedIdentifier String String String")]
    [InlineData("a -- comment\nb # more\nc /* block */ d", "Word Word Word Word")]
    [InlineData("/*!50000union*/ select", "Word Word")] // versioned comments are code
    [InlineData("a<=>b::int:=c", "Word Operator Word Operator Word Operator Word")]
    [InlineData("a ; ( ) , .", "Word Semicolon OpenParen CloseParen Comma Dot")]
    public void Tokenizes(string input, string kinds)
    {
        Assert.Equal(kinds, Kinds(input, '\0'));
    }

    [Fact]
    public void StartsInsideTheHostLiteral()
    {
        var lexer = new SqlLexer("abc' or 'x", '\'', backslashEscapes: true);
        SqlToken first = lexer.Next();
        Assert.Equal(SqlTokenKind.String, first.Kind);
        Assert.False(first.Has(SqlTokenFlags.ClosedByHost));
        Assert.Equal(SqlKeyword.Or, lexer.Next().Keyword);
        SqlToken last = lexer.Next();
        Assert.True(last.Has(SqlTokenFlags.ClosedByHost));
        Assert.True(lexer.EndsInHostString);
    }

    [Theory]
    [InlineData("it''s fine")] // a doubled quote stays inside
    [InlineData("it\\'s fine")] // so does a backslash-escaped one in MySQL
    [InlineData("no quote at all")]
    public void ValuesThatStayInsideTheLiteralDoNotBreakOut(string value)
    {
        var lexer = new SqlLexer(value, '\'', backslashEscapes: true);
        Assert.True(lexer.Next().Has(SqlTokenFlags.ClosedByHost));
    }

    [Fact]
    public void RecordsTrailingComments()
    {
        var lexer = new SqlLexer("1 --", '\0', backslashEscapes: true);
        while (lexer.Next().Kind != SqlTokenKind.End)
        {
        }

        Assert.True(lexer.EndsInComment);
        Assert.True(lexer.TrailingCommentIsShort);
    }

    private static string Kinds(string input, char quote)
    {
        var lexer = new SqlLexer(input, quote, backslashEscapes: true);
        var kinds = new List<string>();
        for (SqlToken t = lexer.Next(); t.Kind != SqlTokenKind.End; t = lexer.Next())
        {
            kinds.Add(t.Kind.ToString());
        }

        return string.Join(' ', kinds);
    }
}
