"""Text logic (plain functions, no Scrapy) and the thin Scrapy item pipelines around it."""
