package dev.ccp.entrypoint;

public final class Main {
    public static void main(String[] args) {
    }
}
