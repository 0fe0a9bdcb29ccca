CREATE TABLE "accident_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"region_path" text NOT NULL,
	"warning_percent" integer NOT NULL,
	"investigation_limits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"veto_rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accident_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"effective_at" timestamp (3) with time zone NOT NULL,
	"deaths" integer NOT NULL,
	"missing" integer NOT NULL,
	"serious_injuries" integer NOT NULL,
	"minor_injuries" integer NOT NULL,
	"direct_loss_cny" numeric(18, 2) NOT NULL,
	"note" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accidents" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"learned_at" timestamp (3) with time zone NOT NULL,
	"sector" text NOT NULL,
	"category_code" text NOT NULL,
	"industry_code" text,
	"region_path" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "control_indicators" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"death_cap" integer,
	"sector_caps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"gdp_yi" numeric(18, 2),
	"employees" integer,
	"motor_vehicles" integer,
	"coal_output_mt" numeric(18, 2),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "control_indicators_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
ALTER TABLE "accident_settings" ADD CONSTRAINT "accident_settings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_versions" ADD CONSTRAINT "accident_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accidents" ADD CONSTRAINT "accidents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_indicators" ADD CONSTRAINT "control_indicators_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accident_settings_region_uq" ON "accident_settings" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "accident_versions_seq_uq" ON "accident_versions" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "accident_versions_case_idx" ON "accident_versions" USING btree ("case_id","effective_at");--> statement-breakpoint
CREATE INDEX "accidents_occurred_idx" ON "accidents" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "accidents_region_path_idx" ON "accidents" USING btree ("region_path" text_pattern_ops,"occurred_at");--> statement-breakpoint
-- One report step per accident and level, whatever races: a report, a supplementary report and the scheduler's
-- regrade may each add the steps a rising grade needs.
CREATE UNIQUE INDEX "accident_report_level_uq" ON "cases" ("parent_id", ("fields"->>'reportLevel')) WHERE "type" = 'accident_report';
